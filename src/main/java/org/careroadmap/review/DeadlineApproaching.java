package org.careroadmap.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A round's deadline is a week or a day away, or has passed, and these municipalities have not submitted yet.
 * Published once per round and {@link Reminder} whatever the number of nodes (a database row claims it).
 */
public record DeadlineApproaching(long roundId, String prefectureCode, int fiscalYear, String templateId,
                                  LocalDate deadline, Reminder reminder, List<String> waitingMunicipalities) {

    public DeadlineApproaching {
        waitingMunicipalities = List.copyOf(waitingMunicipalities);
    }

    /** Which reminder: seven days before, one day before, or once after the deadline. */
    public enum Reminder {
        WEEK_BEFORE, DAY_BEFORE, OVERDUE
    }
}
