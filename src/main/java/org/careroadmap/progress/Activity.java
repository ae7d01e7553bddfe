package org.careroadmap.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;

/**
 * One entry of the activity log (活動記録): something held on a date for a roadmap item — and
 * optionally one of its 工程 arrows — filed under the fiscal year that date falls in.
 */
public record Activity(@Nullable Long id, long roadmapId, String itemId, @Nullable String arrowId, FiscalYear fiscalYear,
                       String kind, String title, LocalDate heldOn, @Nullable Integer participants,
                       List<String> professions, @Nullable String note,
                       Instant createdAt, String createdBy) {

    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 2000;
    public static final int PARTICIPANTS_MAX = 1_000_000;

    public Activity {
        professions = List.copyOf(professions == null ? List.of() : professions);
        if (itemId == null || kind == null || fiscalYear == null || heldOn == null) {
            throw new IllegalArgumentException("item, kind, fiscal year and date are required");
        }
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new InvalidValueException("progress.activity.title", TITLE_MAX);
        }
        if (!FiscalYear.containing(heldOn).equals(fiscalYear)) {
            throw new InvalidValueException("progress.activity.dateOutsideYear", heldOn.toString(), fiscalYear.label(),
                    fiscalYear.labelEn());
        }
        if (participants != null && (participants < 0 || participants > PARTICIPANTS_MAX)) {
            throw new InvalidValueException("progress.activity.participants");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidValueException("progress.activity.note", NOTE_MAX);
        }
    }

    public String professionsText() {
        return String.join("、", professions);
    }
}
