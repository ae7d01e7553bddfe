package org.careroadmap.progress;

import java.time.Instant;
import java.time.LocalDate;

import org.careroadmap.reference.FiscalYear;

/** A progress round: the prefecture asks its municipalities for their progress reports of a fiscal year by a deadline. */
public record ProgressRound(long id, String prefectureCode, FiscalYear fiscalYear, LocalDate deadline, Instant openedAt,
                            String openedBy) {

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(deadline);
    }
}
