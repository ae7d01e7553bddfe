package org.careroadmap.insight;

import java.text.Normalizer;

/**
 * Japanese text folded for searching, where there are no spaces between words and the same word
 * is written in several ways: NFKC folds full- and half-width forms ({@code ｹｱ} → {@code ケア},
 * {@code ＩＣＴ} → {@code ICT}), katakana becomes hiragana, Latin letters lower case, and white
 * space and variation selectors are dropped. So {@code ｹｱ会議}, {@code ケア会議} and {@code けあ会議}
 * all fold to {@code けあ会議}.
 *
 * <p>{@link #fold} also remembers, for every folded character, which characters of the original it
 * came from, so a match found in the folded text can be highlighted in the original.
 */
final class JapaneseText {

    private JapaneseText() {
    }

    /** The folded form used for matching; query and text always go through this same function. */
    static String normalise(String text) {
        return fold(text).text();
    }

    /**
     * Folds text cluster by cluster: a base character with the marks that follow it (a combining
     * or half-width 濁点 as in {@code ｶﾞ}), so NFKC can still compose them, while each folded
     * character keeps the original range it came from.
     */
    static Folded fold(String original) {
        String source = original == null ? "" : original;
        StringBuilder folded = new StringBuilder(source.length());
        int[] starts = new int[source.length() + 1];
        int[] ends = new int[source.length() + 1];
        int at = 0;
        while (at < source.length()) {
            int end = at + Character.charCount(source.codePointAt(at));
            while (end < source.length() && isMark(source.codePointAt(end))) {
                end += Character.charCount(source.codePointAt(end));
            }
            String cluster = Normalizer.normalize(source.substring(at, end), Normalizer.Form.NFKC);
            int before = folded.length();
            cluster.codePoints().filter(cp -> !ignorable(cp))
                    .map(cp -> Character.toLowerCase(toHiragana(cp)))
                    .forEach(folded::appendCodePoint);
            for (int i = before; i < folded.length(); i++) {
                if (i >= starts.length) {
                    // NFKC may expand a character (㍻ → 平成); grow the position tables with it.
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[i] = at;
                ends[i] = end;
            }
            at = end;
        }
        return new Folded(source, folded.toString(), starts, ends);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0xFF9E || cp == 0xFF9F;  // half-width 濁点・半濁点 (ﾞ ﾟ)
    }

    private static boolean ignorable(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);  // variation selectors
    }

    private static int toHiragana(int cp) {
        if (cp >= 0x30A1 && cp <= 0x30F6) {  // ァ … ヶ
            return cp - 0x60;
        }
        if (cp == 0x30FD || cp == 0x30FE) {  // ヽ ヾ
            return cp - 0x60;
        }
        return cp;
    }

    /** Folded text with, for each of its characters, the range of the original it came from. */
    static final class Folded {

        private final String original;
        private final String text;
        private final int[] starts;
        private final int[] ends;

        private Folded(String original, String text, int[] starts, int[] ends) {
            this.original = original;
            this.text = text;
            this.starts = starts;
            this.ends = ends;
        }

        String original() {
            return original;
        }

        String text() {
            return text;
        }

        /** The part of the original that folded into {@code text[from, to)}; never splits a character or cluster. */
        Range toOriginal(int from, int to) {
            if (from < 0 || to > text.length() || from >= to) {
                throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + text.length());
            }
            return new Range(starts[from], ends[to - 1]);
        }
    }

    /** A stretch {@code [start, end)} of a text. */
    record Range(int start, int end) {

        Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("[" + start + ", " + end + ")");
            }
        }

        boolean overlapsOrTouches(Range other) {
            return start <= other.end && other.start <= end;
        }
    }
}
