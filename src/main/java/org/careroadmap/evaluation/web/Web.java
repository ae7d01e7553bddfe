package org.careroadmap.evaluation.web;

import java.util.List;

import org.careroadmap.evaluation.EvaluationNotFoundException;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;

/** Small helpers the evaluation's pages share. */
final class Web {

    private Web() {
    }

    /** A fiscal year from an address; anything else is a page that does not exist. */
    static FiscalYear year(String text) {
        try {
            return FiscalYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new EvaluationNotFoundException("year");
        }
    }

    /** Every problem as a sentence: a file may have many bad rows under one field. */
    static List<String> all(FieldMessages messages, InvalidInputException e) {
        return e.problems().stream().map(messages::message).toList();
    }
}
