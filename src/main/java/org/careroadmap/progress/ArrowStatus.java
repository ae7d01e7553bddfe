package org.careroadmap.progress;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.InvalidValueException;

/** The status of one 工程 arrow with a dated note (e.g. 「2025-10-01 委員会で延期を決定」). */
public record ArrowStatus(String arrowId, ArrowProgress status, @Nullable String note, LocalDate notedOn, String updatedBy) {

    public static final int NOTE_MAX = 400;

    public ArrowStatus {
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidValueException("progress.arrow.note", NOTE_MAX);
        }
    }
}
