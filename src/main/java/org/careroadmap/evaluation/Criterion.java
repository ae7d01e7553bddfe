package org.careroadmap.evaluation;

import java.util.Objects;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of an evaluation sheet version: its category, text, answer type and weight. A 達成/未達成
 * criterion is worth one point; a levelled one up to {@code maxPoints}.
 */
public record Criterion(@Nullable Long id, CategoryCode category, int position, String text, AnswerType answerType,
                        int maxPoints, int weight) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LEVEL_POINTS = 10;
    public static final int MAX_WEIGHT = 100;

    public Criterion {
        if (category == null) {
            throw new InvalidValueException("category.unknown", "");
        }
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("evaluation.criterion.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("evaluation.criterion.text.tooLong", MAX_TEXT);
        }
        if (answerType == null) {
            answerType = AnswerType.ACHIEVED_OR_NOT;
        }
        if (answerType == AnswerType.ACHIEVED_OR_NOT) {
            maxPoints = 1;
        }
        if (maxPoints < 1 || maxPoints > MAX_LEVEL_POINTS) {
            throw new InvalidValueException("evaluation.criterion.maxPoints.range", MAX_LEVEL_POINTS);
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidValueException("evaluation.criterion.weight.range", MAX_WEIGHT);
        }
    }

    /** The id of a criterion read from its sheet (only one not yet stored has none). */
    public long storedId() {
        return Objects.requireNonNull(id, "a criterion read from its sheet has an id");
    }

    /** Whether {@code points} is an answer this criterion allows. */
    public boolean allows(int points) {
        return points >= 0 && points <= maxPoints;
    }

    Criterion withId(Long newId) {
        return new Criterion(newId, category, position, text, answerType, maxPoints, weight);
    }
}
