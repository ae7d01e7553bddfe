package org.careroadmap.progress;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;

/**
 * The prefecture's roll-up of one fiscal year: a row per municipality (its report's state, overdue
 * or not, and its figures per category), the prefecture's totals, and the totals of other years.
 */
public record PrefectureRollUp(String prefectureCode, FiscalYear year, Optional<ProgressRound> round,
                               RatingScale scale, List<Row> rows, RollUp total, List<Trend> trends) {

    /** One municipality: the roadmap its figures come from (none: nothing to report yet). */
    public record Row(Municipality municipality, @Nullable Long roadmapId, @Nullable ReportStatus status, boolean overdue,
                      RollUp rollUp) {
    }

    /** The prefecture's totals of one fiscal year. */
    public record Trend(FiscalYear year, RollUp.Tally tally) {
    }
}
