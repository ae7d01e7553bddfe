package org.careroadmap.spreadsheet;

import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;

/**
 * An uploaded file that is not a workbook Care Roadmap will read — not an .xlsx, encrypted, macro-enabled,
 * damaged, a zip bomb, too large, or without the roadmap layout. Nothing was changed. Reported on the
 * {@code file} field, like any other refused input (400), except {@link #tooLarge()} — the file or what it
 * expands to is over a limit (413) — and {@link #busy()} — the node is already reading as many workbooks as
 * it may at once (503, try again).
 */
public class RejectedWorkbookException extends InvalidInputException {

    private final boolean tooLarge;
    private final boolean busy;

    RejectedWorkbookException(String messageKey, Object... arguments) {
        this(List.of(arguments), messageKey, "xlsx.tooLarge".equals(messageKey), false);
    }

    private RejectedWorkbookException(List<Object> arguments, String messageKey, boolean tooLarge, boolean busy) {
        super(List.of(new FieldProblem("file", messageKey, arguments)));
        this.tooLarge = tooLarge;
        this.busy = busy;
    }

    /** No file was chosen at all. */
    public static RejectedWorkbookException noFile() {
        return new RejectedWorkbookException("xlsx.none");
    }

    /** The workbook would expand beyond a limit of the whole import (413). */
    static RejectedWorkbookException overBudget(String messageKey, Object limit) {
        return new RejectedWorkbookException(List.of(limit), messageKey, true, false);
    }

    /** Every import slot of this node is taken (503). */
    static RejectedWorkbookException allSlotsTaken() {
        return new RejectedWorkbookException(List.of(), "xlsx.busy", false, true);
    }

    public boolean tooLarge() {
        return tooLarge;
    }

    public boolean busy() {
        return busy;
    }
}
