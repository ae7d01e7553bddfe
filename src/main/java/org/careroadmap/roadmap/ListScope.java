package org.careroadmap.roadmap;

import org.careroadmap.reference.MunicipalityCode;

/** Which roadmaps a list covers: all, one prefecture's or one municipality's. */
public record ListScope(String pattern) {

    public ListScope {
        if (pattern == null || !pattern.matches("%|\\d{2}%|\\d{6}")) {
            throw new IllegalArgumentException("not a list scope: " + pattern);
        }
    }

    public static ListScope everywhere() {
        return new ListScope("%");
    }

    /** A prefecture by its two-digit code (01–47); anything else is refused. */
    public static ListScope prefecture(String prefectureCode) {
        if (prefectureCode == null || !prefectureCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("not a prefecture code: " + prefectureCode);
        }
        return new ListScope(prefectureCode + "%");
    }

    public static ListScope municipality(MunicipalityCode code) {
        return new ListScope(code.value());
    }
}
