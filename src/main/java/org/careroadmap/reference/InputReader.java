package org.careroadmap.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads several fields of one input and collects every problem, so a person sees all of
 * them at once instead of one per submit.
 */
public final class InputReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    public <T> T read(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    public <T> T check(String field, Supplier<T> check) {
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
