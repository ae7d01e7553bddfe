package org.careroadmap.resourcemap;

import java.util.List;

/**
 * Where a search looks: one municipality (its six-digit code) or a whole prefecture (two digits). A prefecture is
 * asked for as the range of its municipalities' codes, never as {@code LIKE '42%'}: under PostgreSQL's non-C
 * collations a LIKE prefix cannot use the {@code (municipality_code, kind_code)} index, and the prefecture's map
 * then read all 300,000 resources of the country (bench/RESULTS.md, 430 ms at p99).
 */
public record ResourceScope(String code) {

    public ResourceScope {
        if (code == null || !code.matches("\\d{2}|\\d{6}")) {
            throw new ResourceNotFoundException("scope " + code);
        }
    }

    public boolean municipality() {
        return code.length() == 6;
    }

    public String prefectureCode() {
        return code.substring(0, 2);
    }

    /** The SQL condition on {@code column} (a municipality code) that keeps the scope; its parameters are {@link #params()}. */
    String condition(String column) {
        return municipality() ? column + " = ?" : column + " >= ? AND " + column + " < ?";
    }

    List<Object> params() {
        if (municipality()) {
            return List.of(code);
        }
        return List.of(code, String.format("%02d", Integer.parseInt(code) + 1));
    }
}
