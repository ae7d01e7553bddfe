package org.careroadmap.roadmap.web;

import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.ArrowInput;

/** The arrow editor's fields, exactly as typed. */
public record ArrowForm(String label, String startYear, String endYear, Boolean continues, String version) {

    static ArrowForm blank(String startYear, String endYear, long version) {
        return new ArrowForm("", startYear, endYear, false, Long.toString(version));
    }

    static ArrowForm of(Arrow arrow, long version) {
        return new ArrowForm(arrow.label(), Integer.toString(arrow.start().value()),
                Integer.toString(arrow.end().value()), arrow.continues(), Long.toString(version));
    }

    ArrowInput input() {
        return new ArrowInput(label, startYear, endYear, Boolean.TRUE.equals(continues));
    }

    ArrowForm withVersion(long newVersion) {
        return new ArrowForm(label, startYear, endYear, continues, Long.toString(newVersion));
    }
}
