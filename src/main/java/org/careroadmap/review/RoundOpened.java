package org.careroadmap.review;

import java.time.LocalDate;

/** A 提出依頼 was opened: every municipality of the prefecture is asked for its roadmap by the deadline. */
public record RoundOpened(long roundId, String prefectureCode, int fiscalYear, String templateId, LocalDate deadline) {
}
