package org.careroadmap.platform;

import java.util.List;

/** Input with one or more unacceptable fields; nothing of it has been applied. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
