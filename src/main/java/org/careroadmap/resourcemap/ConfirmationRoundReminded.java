package org.careroadmap.resourcemap;

import java.time.LocalDate;
import java.util.List;

/**
 * The editor reminded the providers who have not answered a 確認依頼 round: {@code providers} are their account
 * names (no addresses: the notification module looks those up), {@code reminder} counts this round's reminders.
 */
public record ConfirmationRoundReminded(long roundId, String municipalityCode, int fiscalYear, LocalDate deadline,
                                        int reminder, List<String> providers) {
}
