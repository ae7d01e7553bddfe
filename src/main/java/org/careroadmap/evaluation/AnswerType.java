package org.careroadmap.evaluation;

/**
 * How a criterion is answered: 達成/未達成 (0 or 1 point), or a level from 0 up to the criterion's maximum
 * points. Achievement is the points reached over the points possible, whatever the type.
 */
public enum AnswerType {
    ACHIEVED_OR_NOT,
    LEVELS;

    /** Reads the type as written in a criteria list: {@code 達成/未達成}, {@code 段階}, or the code. */
    public static AnswerType parse(String text) {
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        return switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "", "達成/未達成", "達成・未達成", "ACHIEVED_OR_NOT", "YES/NO" -> ACHIEVED_OR_NOT;
            case "段階", "LEVELS" -> LEVELS;
            default -> throw new org.careroadmap.platform.InvalidValueException("evaluation.answerType.unknown", s);
        };
    }
}
