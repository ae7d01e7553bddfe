package org.careroadmap.progress;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Published after a progress report was submitted, returned, accepted or published, for other
 * modules (e.g. notifications) to react to; the history record is written in the same transaction.
 * {@code reason} is the prefecture's reason for a return (else null); {@code actor} the account's username.
 */
public record ProgressReportStatusChanged(long roadmapId, String municipalityCode, int fiscalYear, ReportStep step,
                                          ReportStatus status, String actor, Instant at, @Nullable String reason) {
}
