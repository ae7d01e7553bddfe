package org.careroadmap.resourcemap;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resource of the map as stored: its content, the municipality it belongs to, when its information was
 * last confirmed and by whom, and the version that guards concurrent edits.
 */
public record Resource(long id, String municipalityCode, ResourceContent content, @Nullable LocalDate confirmedOn,
                       @Nullable String confirmedBy, long version, Instant updatedAt, String updatedBy) {

    /** Entries not confirmed for this long are marked in public and listed for the editor. */
    public static final int CONFIRMATION_MONTHS = 12;

    public boolean confirmationOverdue(LocalDate today) {
        return overdue(confirmedOn, today);
    }

    /** Never confirmed, or confirmed more than {@link #CONFIRMATION_MONTHS} before {@code today}. */
    static boolean overdue(@Nullable LocalDate confirmedOn, LocalDate today) {
        return confirmedOn == null || confirmedOn.isBefore(today.minusMonths(CONFIRMATION_MONTHS));
    }
}
