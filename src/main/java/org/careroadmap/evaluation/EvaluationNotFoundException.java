package org.careroadmap.evaluation;

import org.careroadmap.platform.NotFoundException;

/** An evaluation, sheet, area or public page that does not exist, or that the caller may not know exists. */
public class EvaluationNotFoundException extends NotFoundException {

    public EvaluationNotFoundException(String what) {
        super(what);
    }
}
