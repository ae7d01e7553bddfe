package org.careroadmap.resourcemap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careroadmap.reference.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's yearly 確認依頼 round: every resource is asked to be confirmed or corrected by the
 * deadline. {@code requests} says, per resource, whether it was answered; {@code reminders} counts the
 * editor's reminders to those not yet answered.
 */
public record ConfirmationRound(long id, String municipalityCode, FiscalYear fiscalYear, LocalDate deadline,
                                String startedBy, Instant startedAt, @Nullable Instant remindedAt, int reminders,
                                List<Request> requests) {

    /**
     * One resource's request: {@code answer} is {@code confirmed} or {@code proposed} when its provider
     * answered, {@code editor} when the editor confirmed or saved it during the round, null while open.
     */
    public record Request(long resourceId, String name, String kindCode, @Nullable String answer,
                          @Nullable String answeredBy, @Nullable Instant answeredAt, int providers) {

        public boolean open() {
            return answer == null;
        }
    }

    public long answered() {
        return requests.stream().filter(r -> !r.open()).count();
    }

    public long open() {
        return requests.size() - answered();
    }

    public boolean overdue(LocalDate today) {
        return today.isAfter(deadline);
    }
}
