package org.careroadmap.review;

import java.time.Instant;
import java.time.LocalDate;

import org.careroadmap.reference.FiscalYear;
import org.jspecify.annotations.Nullable;

/** A 提出依頼: the prefecture asks its municipalities for their roadmaps of a fiscal year by a deadline. */
public record SubmissionRound(long id, String prefectureCode, FiscalYear fiscalYear, String templateId,
                              LocalDate deadline, Instant openedAt, String openedBy, @Nullable Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(deadline);
    }
}
