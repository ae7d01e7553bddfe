package org.careroadmap.roadmap;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;

/** The fiscal years an arrow covers, both ends included. */
public record ArrowSpan(FiscalYear start, FiscalYear end) {

    public ArrowSpan {
        if (start == null || end == null) {
            throw new InvalidValueException("arrow.yearsRequired");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("arrow.endBeforeStart", start.label(), end.label());
        }
    }

    public boolean covers(FiscalYear year) {
        return !year.isBefore(start) && !year.isAfter(end);
    }

    public int length() {
        return end.value() - start.value() + 1;
    }
}
