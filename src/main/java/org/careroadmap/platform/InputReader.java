package org.careroadmap.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Reads several fields of one input and collects every problem, so a person sees all of
 * them at once instead of one per submit.
 */
public final class InputReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The parsed value, or null with the problem recorded. */
    public <T> @Nullable T read(String field, @Nullable String raw, Function<@Nullable String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    /** The checked value, or null with the problem recorded. */
    public <T> @Nullable T check(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    public void reject(String field, String messageKey, Object... arguments) {
        problems.add(new FieldProblem(field, messageKey, List.of(arguments)));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
