package org.careroadmap.account;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.PersonalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kept staff pages (platform's PersonalPageCache) name people by their account's display name and department:
 * the history, the comment threads. A renamed account must show at once, so every kept page depends on the
 * accounts' state: every save of an account raises its version, and the count covers accounts added. Sign-in
 * attempts write their columns without the version, so signing in keeps the pages.
 */
@Component
class AccountLabelsVersion implements PersonalState {

    private final JdbcClient jdbc;

    AccountLabelsVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String version(Actor actor) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM app_user")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single();
    }
}
