package org.careroadmap.resourcemap;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** Small text rules shared by the resource's parts. */
final class Texts {

    private Texts() {
    }

    /** Trimmed, and null for blank, so "no value" has one representation. */
    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    static String limit(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new InvalidValueException("resourcemap.field.tooLong", field, max);
        }
        return text;
    }

    /**
     * Text a spreadsheet would run as a formula: {@code =…}, {@code @…}, or {@code +}/{@code -} followed by
     * something other than a digit (so {@code +81-…} and {@code -} alone stay allowed).
     */
    static boolean formulaLike(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '＝' || first == '＠') {
            return true;
        }
        if ((first == '+' || first == '-') && text.length() > 1) {
            char second = text.charAt(1);
            return !(Character.isDigit(second) || second == ' ' || second == '(');
        }
        return false;
    }
}
