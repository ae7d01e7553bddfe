package org.careroadmap.resourcemap;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the map's list and one marker: only what the list shows, read in the search's own query. The
 * weekly hours are not part of it, so a list costs one query, not one more for the hours of every row.
 */
public record ResourceListing(long id, String municipalityCode, String kindCode, String name, @Nullable String areaCode,
                              @Nullable Coordinates coordinates, Address address, @Nullable String phone,
                              @Nullable String nightContact, boolean open24h, boolean endOfLifeCare,
                              @Nullable LocalDate confirmedOn) {

    /** Whether someone can be reached at night or on holidays at all (as {@link NightCare#reachable()}). */
    public boolean reachable() {
        return open24h || (nightContact != null && !nightContact.isEmpty());
    }

    public boolean confirmationOverdue(LocalDate today) {
        return Resource.overdue(confirmedOn, today);
    }
}
