package org.careroadmap.evaluation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Dates, counts and percentages as people type them (full-width digits, thousands commas, a trailing %),
 * read into values or refused with the message key that names the problem.
 */
final class TypedInput {

    private TypedInput() {
    }

    /** The text with full-width forms folded (NFKC) and surrounding spaces removed; "" for null. */
    static String normalized(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(normalized(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("evaluation.date.invalid");
        }
    }

    /** A count of people, 0 or more; null when blank. */
    static @Nullable Integer count(@Nullable String text) {
        String s = normalized(text).replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(s);
            if (value < 0) {
                throw new InvalidValueException("evaluation.figures.count.invalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("evaluation.figures.count.invalid");
        }
    }

    /** A share in per cent, 0–100; null when blank. */
    static @Nullable BigDecimal percent(@Nullable String text) {
        String s = normalized(text).replace("%", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("evaluation.figures.percent.invalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("evaluation.figures.percent.invalid");
        }
    }
}
