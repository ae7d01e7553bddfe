package org.careroadmap.platform.csv;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that a spreadsheet could run as a formula (CSV/Excel injection): a value that
 * starts with {@code = + - @}, their full-width forms (Japanese input methods type those), a tab or a
 * carriage return (Excel strips those before looking) is written with a leading apostrophe, so it shows
 * as text. CSV writers and the Excel writers ask the same question here.
 */
public final class FormulaNeutraliser {

    private static final String FORMULA_STARTS = "=+-@＝＋－＠\t\r";

    private FormulaNeutraliser() {
    }

    /** True when a spreadsheet would read the value as a formula (or after stripping a tab or CR). */
    public static boolean looksLikeFormula(@Nullable String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** The value as text a spreadsheet shows as it is: an apostrophe in front when it looks like a formula. */
    public static String neutralised(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutralised} when a file written here is read back, so an export round-trips. */
    public static String restored(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && looksLikeFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
