package org.careroadmap.spreadsheet;

import java.util.List;

import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.InvalidInputException;

/**
 * An uploaded file that is not a workbook Care Roadmap will read — not an .xlsx, encrypted, macro-enabled,
 * damaged, a zip bomb, too large, or without the roadmap layout. Nothing was changed. Reported on the
 * {@code file} field, like any other refused input (400), except {@link #tooLarge()} (413).
 */
public class RejectedWorkbookException extends InvalidInputException {

    private final boolean tooLarge;

    RejectedWorkbookException(String messageKey, Object... arguments) {
        super(List.of(new FieldProblem("file", messageKey, List.of(arguments))));
        this.tooLarge = "xlsx.tooLarge".equals(messageKey);
    }

    /** No file was chosen at all. */
    public static RejectedWorkbookException noFile() {
        return new RejectedWorkbookException("xlsx.none");
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
