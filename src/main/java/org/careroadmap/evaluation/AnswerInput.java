package org.careroadmap.evaluation;

/** One answer as typed: the area, the criterion, the points (blank: not answered) and an evidence note. */
public record AnswerInput(long areaId, long criterionId, String points, String note) {
}
