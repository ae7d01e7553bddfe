package org.careroadmap.platform.csv;

import java.util.Arrays;

/**
 * A CSV file that cannot be read, with what is wrong. Each module turns it into its own message key
 * ({@code prefix + "." + problem suffix}), so a person reads "file too large" in the words of the screen
 * they used.
 */
public class CsvException extends IllegalArgumentException {

    /** What is wrong, with the suffix of its message key. */
    public enum Problem {
        /** Argument: the byte limit. */
        TOO_LARGE("tooLarge"),
        /** Neither UTF-8 nor Shift_JIS (cp932), or binary. */
        ENCODING("encoding"),
        /** Argument: the line the open quote starts on. */
        UNCLOSED_QUOTE("unclosedQuote"),
        /** Argument: the data-row limit. */
        TOO_MANY_ROWS("tooManyRows"),
        /** Arguments: the line, the column limit. */
        TOO_MANY_COLUMNS("tooManyColumns");

        private final String keySuffix;

        Problem(String keySuffix) {
            this.keySuffix = keySuffix;
        }

        public String keySuffix() {
            return keySuffix;
        }
    }

    private final Problem problem;
    private final transient Object[] arguments;

    public CsvException(Problem problem, Object... arguments) {
        super("csv." + problem.keySuffix() + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The module's message key for this problem, e.g. {@code progress.csv.tooManyRows}. */
    public String messageKey(String prefix) {
        return prefix + "." + problem.keySuffix();
    }
}
