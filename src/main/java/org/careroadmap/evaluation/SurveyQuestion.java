package org.careroadmap.evaluation;

import java.util.Objects;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** A 住民の実感 survey question of a sheet version, shown beside the criteria of its category. */
public record SurveyQuestion(@Nullable Long id, CategoryCode category, int position, String text) {

    public SurveyQuestion {
        if (category == null) {
            throw new InvalidValueException("category.unknown", "");
        }
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("evaluation.question.text.required");
        }
        if (text.length() > Criterion.MAX_TEXT) {
            throw new InvalidValueException("evaluation.criterion.text.tooLong", Criterion.MAX_TEXT);
        }
    }

    /** The id of a question read from its sheet (only one not yet stored has none). */
    public long storedId() {
        return Objects.requireNonNull(id, "a question read from its sheet has an id");
    }

    /** The question's number in its sheet as people refer to it in a survey file: {@code Q1}, {@code Q2} … */
    public String number() {
        return "Q" + position;
    }
}
