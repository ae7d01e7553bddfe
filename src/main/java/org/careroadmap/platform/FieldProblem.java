package org.careroadmap.platform;

import java.util.List;

/** One field of a form, JSON body or sheet that could not be accepted, with a message key. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, InvalidValueException e) {
        return new FieldProblem(field, e.messageKey(), List.of(e.arguments()));
    }
}
