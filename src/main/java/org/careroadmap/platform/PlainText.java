package org.careroadmap.platform;

/**
 * Text a sheet, a page and every database can hold: the characters of XML 1.0 — tab, line feed, carriage return
 * and everything from U+0020 on, except the surrogate block and U+FFFE/U+FFFF. Control characters (U+0000–U+001F
 * otherwise) made the Excel export invalid (an arrow label {@code a\u0001b} broke the drawing XML, and the
 * importer refused the app's own file), and PostgreSQL refuses NUL outright. Input is refused with
 * {@code text.controlCharacters}; writers pass text through {@link #xmlSafe} anyway.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** Whether every character can be kept; an unpaired surrogate cannot. */
    public static boolean holdsOnlyXmlCharacters(String text) {
        return text == null || text.codePoints().allMatch(PlainText::isXmlCharacter);
    }

    /** The text itself, or {@code text.controlCharacters} if it holds a character no sheet or database keeps. */
    public static String requireXmlCharacters(String text) {
        if (!holdsOnlyXmlCharacters(text)) {
            throw new InvalidValueException("text.controlCharacters");
        }
        return text;
    }

    /** The text without the characters XML 1.0 cannot hold; for writers, so that no stored text breaks a file. */
    public static String xmlSafe(String text) {
        if (holdsOnlyXmlCharacters(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(PlainText::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
