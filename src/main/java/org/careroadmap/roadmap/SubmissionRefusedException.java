package org.careroadmap.roadmap;

import java.util.List;

/** A submission refused because the roadmap still breaks template rules (errors, not warnings). */
public class SubmissionRefusedException extends RuntimeException {

    private final List<Finding> errors;

    public SubmissionRefusedException(List<Finding> errors) {
        super(errors.size() + " rule errors");
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
