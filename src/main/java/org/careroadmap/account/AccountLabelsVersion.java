package org.careroadmap.account;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.PersonalState;
import org.careroadmap.platform.StateQuery;
import org.springframework.stereotype.Component;

/**
 * Kept staff pages (platform's PersonalPageCache) name people by their account's display name and department:
 * the history, the comment threads. A renamed account must show at once, so every kept page depends on the
 * accounts' state: every save of an account raises its version, and the count covers accounts added. Sign-in
 * attempts write their columns without the version, so signing in keeps the pages.
 */
@Component
class AccountLabelsVersion implements PersonalState {

    @Override
    public StateQuery state(Actor actor) {
        return StateQuery.of("""
                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(version), 0) AS VARCHAR(30))) FROM app_user""");
    }
}
