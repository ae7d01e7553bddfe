package org.careroadmap.evaluation;

import org.jspecify.annotations.Nullable;

/** One answer as typed: the area, the criterion, the points (blank: not answered) and an evidence note. */
public record AnswerInput(long areaId, long criterionId, @Nullable String points, @Nullable String note) {
}
