package org.careroadmap.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * A value {@link #read} or {@link #check}ed with a parser that never answers null, once every field is read: null
     * only when its problem was recorded, and then this throws the input's problems ({@link #throwIfAny}) instead.
     * (NullAway cannot link a recorded problem to the null.)
     */
    public <T> T valid(@Nullable T value) {
        throwIfAny();
        return Objects.requireNonNull(value, "read without a problem, so not null");
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
