package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.MunicipalityCode;

/**
 * Which roadmaps a list covers: all, one prefecture's or one municipality's — as a range of
 * municipality codes, {@code from} inclusive and {@code to} exclusive (null: open), so that the
 * database can use its index on the code whatever its collation (a LIKE prefix cannot, except in
 * the C locale).
 */
public record ListScope(@Nullable String from, @Nullable String to) {

    public ListScope {
        if ((from == null) != (to == null) || (from != null && (!from.matches("\\d{2}|\\d{6}") || from.compareTo(to) >= 0))) {
            throw new IllegalArgumentException("not a list scope: " + from + ".." + to);
        }
    }

    public static ListScope everywhere() {
        return new ListScope(null, null);
    }

    /** A prefecture by its two-digit code (01–47); anything else is refused. */
    public static ListScope prefecture(String prefectureCode) {
        PrefectureCode code = PrefectureCode.parse(prefectureCode)
                .orElseThrow(() -> new IllegalArgumentException("not a prefecture code: " + prefectureCode));
        return new ListScope(code.value(), code.upperBound());
    }

    /** Municipality codes are six digits, so the next code string after one code is the code with a 0 appended. */
    public static ListScope municipality(MunicipalityCode code) {
        return new ListScope(code.value(), code.value() + "0");
    }

    public boolean everything() {
        return from == null;
    }

    /** The condition on a municipality code column, with the bounds as the named parameters scopeFrom, scopeTo. */
    public String condition(String column) {
        return everything() ? "1 = 1" : column + " >= :scopeFrom AND " + column + " < :scopeTo";
    }

    /** The named parameters of {@link #condition}: scopeFrom and scopeTo, none for everything; a map to add to. */
    public java.util.Map<String, Object> parameters() {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (!everything()) {
            parameters.put("scopeFrom", from);
            parameters.put("scopeTo", to);
        }
        return parameters;
    }

    /** The prefecture code the scope lies in, if it lies in one. */
    java.util.Optional<String> prefectureCode() {
        return from == null ? java.util.Optional.empty() : java.util.Optional.of(from.substring(0, 2));
    }
}
