package org.careroadmap.progress;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;

/**
 * A self-evaluation (自己評価) of one item for one fiscal year and stage: 実施内容, the rating (a symbol
 * of the prefecture's scale, or none yet), 課題 and 今後の対応.
 */
public record Evaluation(String itemId, FiscalYear fiscalYear, EvaluationStage stage, @Nullable String done,
                         @Nullable String rating, @Nullable String issues, @Nullable String nextSteps, Instant updatedAt,
                         String updatedBy) {

    public static final int TEXT_MAX = 2000;

    public Evaluation {
        for (String text : new String[] {done, issues, nextSteps}) {
            if (text != null && text.length() > TEXT_MAX) {
                throw new InvalidValueException("progress.evaluation.tooLong", TEXT_MAX);
            }
        }
        rating = rating == null || rating.isBlank() ? null : rating.strip();
    }

    public boolean rated() {
        return rating != null;
    }
}
