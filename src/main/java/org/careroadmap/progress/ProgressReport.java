package org.careroadmap.progress;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;

/** A municipality's progress report (進捗報告) of one roadmap for one fiscal year. */
public record ProgressReport(@Nullable Long id, long roadmapId, String municipalityCode, FiscalYear fiscalYear,
                             ReportStatus status, @Nullable String returnReason, @Nullable Instant submittedAt, Instant updatedAt,
                             long version) {

    /** The report a roadmap has for a year before anyone touched it. */
    static ProgressReport fresh(long roadmapId, String municipalityCode, FiscalYear year, Instant now) {
        return new ProgressReport(null, roadmapId, municipalityCode, year, ReportStatus.DRAFT, null, null, now, 0);
    }
}
