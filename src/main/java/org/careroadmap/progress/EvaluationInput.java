package org.careroadmap.progress;

import org.jspecify.annotations.Nullable;

/** A self-evaluation as typed or sent: 実施内容, the rating's symbol, 課題 and 今後の対応. */
public record EvaluationInput(@Nullable String done, @Nullable String rating, @Nullable String issues,
                              @Nullable String nextSteps) {
}
