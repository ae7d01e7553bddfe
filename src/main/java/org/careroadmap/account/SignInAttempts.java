package org.careroadmap.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted by the database itself, one statement each. Read-modify-write through the account
 * aggregate lost counts and, with its version check, answered parallel attempts with 500s — 60 parallel wrong
 * passwords left the account unlocked. A single UPDATE takes the row lock, so every failure counts exactly once
 * and none clashes. The account's version is not changed: sign-in bookkeeping is no edit an administrator's
 * open form should conflict with.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One more failure; the one that reaches {@code limit} locks the account until {@code lockUntil}. */
    void failed(String username, int limit, Instant lockUntil) {
        jdbc.sql("""
                        UPDATE app_user
                           SET failed_attempts = CASE WHEN failed_attempts + 1 >= :limit THEN 0 ELSE failed_attempts + 1 END,
                               locked_until = CASE WHEN failed_attempts + 1 >= :limit THEN :until ELSE locked_until END
                         WHERE username = :username""")
                .param("limit", limit).param("until", Timestamp.from(lockUntil)).param("username", username).update();
    }

    /** A successful sign-in clears the count (only where there is one, so most sign-ins write nothing). */
    void succeeded(String username) {
        jdbc.sql("""
                        UPDATE app_user SET failed_attempts = 0, locked_until = NULL
                         WHERE username = :username AND (failed_attempts > 0 OR locked_until IS NOT NULL)""")
                .param("username", username).update();
    }
}
