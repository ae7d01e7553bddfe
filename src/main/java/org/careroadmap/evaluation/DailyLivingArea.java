package org.careroadmap.evaluation;

import org.careroadmap.reference.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * A 日常生活圏域: a daily-living area of a municipality (often a middle-school district), with the districts it
 * covers. It exists from {@code firstYear}; once retired it is left out from {@code retiredFromYear} on, while
 * earlier years keep it and its results.
 */
public record DailyLivingArea(long id, String municipalityCode, String code, String name, String description,
                              FiscalYear firstYear, @Nullable FiscalYear retiredFromYear, long version) {

    public boolean activeIn(FiscalYear year) {
        return !year.isBefore(firstYear) && (retiredFromYear == null || year.isBefore(retiredFromYear));
    }
}
