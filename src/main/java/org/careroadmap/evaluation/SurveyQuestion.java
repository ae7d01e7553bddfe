package org.careroadmap.evaluation;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.InvalidValueException;

/** A 住民の実感 survey question of a sheet version, shown beside the criteria of its category. */
public record SurveyQuestion(Long id, CategoryCode category, int position, String text) {

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

    /** The question's number in its sheet as people refer to it in a survey file: {@code Q1}, {@code Q2} … */
    public String number() {
        return "Q" + position;
    }
}
