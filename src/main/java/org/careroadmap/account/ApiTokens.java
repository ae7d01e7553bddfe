package org.careroadmap.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Personal API tokens: made and revoked by the account on its own page, listed (and revocable) for the prefecture's
 * administrator. A token is {@code crt_} and 256 random bits (base64url); only its SHA-256 is stored, so checking
 * one costs a hash and an indexed look-up instead of bcrypt. It lasts until its expiry (at most a year), its
 * revocation, or its account being disabled; a read-only token may only read.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "crt_";
    static final Set<Integer> LIFETIMES_DAYS = Set.of(30, 90, 365);
    public static final int NAME_MAX = 100;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A new token for the signed-in account; the returned secret is the only time the token is seen. */
    public ApiToken.Issued create(String name, String lifetimeDays, boolean readOnly) {
        Account account = ownAccount();
        String cleanName = name == null ? "" : name.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "token.name.required", List.of(NAME_MAX)));
        } else if (!PlainText.holdsOnlyXmlCharacters(cleanName)) {
            problems.add(new FieldProblem("name", "text.controlCharacters", List.of()));
        }
        Integer days = lifetime(lifetimeDays);
        if (days == null) {
            problems.add(new FieldProblem("lifetimeDays", "token.lifetime.unknown", List.of()));
        }
        if (!problems.isEmpty() || days == null) {
            throw new InvalidInputException(problems);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("""
                        INSERT INTO api_token (account_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(account.id(), cleanName, hash(secret), secret.substring(0, 10), readOnly, Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        ApiToken token = jdbc.sql(SELECT + " WHERE t.token_hash = ?").param(hash(secret)).query(ApiTokens::token).single();
        return new ApiToken.Issued(token, secret);
    }

    /** The signed-in account's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> own() {
        Account account = ownAccount();
        return jdbc.sql(SELECT + " WHERE t.account_id = ? ORDER BY t.created_at DESC, t.id DESC")
                .param(account.id()).query(ApiTokens::token).list();
    }

    public void revokeOwn(long id) {
        Account account = ownAccount();
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), id, account.id()).update();
    }

    /**
     * A new password ends every token of the account: a token stands in for the password, so whoever learnt the old
     * one may have made one. Disabling the account ends them too, so a token's check reads only its own row
     * (BearerTokenChecks). Part of the changing transaction, so a refused change revokes nothing.
     */
    void revokeAllOf(long accountId) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    /** Every token of the administrator's prefecture's accounts. */
    @Transactional(readOnly = true)
    public List<ApiToken> listForAdministrator() {
        Actor actor = requireAdministrator();
        return jdbc.sql(SELECT + " WHERE u.prefecture_code = ? ORDER BY u.username, t.created_at DESC, t.id DESC")
                .param(actor.prefectureCode()).query(ApiTokens::token).list();
    }

    public void revokeAsAdministrator(long id) {
        Actor actor = requireAdministrator();
        jdbc.sql("""
                        UPDATE api_token SET revoked_at = ?
                         WHERE id = ? AND revoked_at IS NULL
                           AND account_id IN (SELECT id FROM app_user WHERE prefecture_code = ?)""")
                .params(Timestamp.from(clock.instant()), id, actor.requiredPrefectureCode()).update();
    }

    private static final String SELECT = """
            SELECT t.id, u.username, t.name, t.token_prefix, t.read_only, t.created_at, t.expires_at, t.last_used_at,
                   t.revoked_at
              FROM api_token t JOIN app_user u ON u.id = t.account_id""";

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                BearerTokenChecks.instant(rs, 6), BearerTokenChecks.instant(rs, 7),
                BearerTokenChecks.instantOrNull(rs, 8), BearerTokenChecks.instantOrNull(rs, 9));
    }

    private static @Nullable Integer lifetime(@Nullable String days) {
        try {
            int value = Integer.parseInt(days == null ? "" : days.strip());
            return LIFETIMES_DAYS.contains(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String hash(String secret) {
        return BearerTokenChecks.hash(secret);
    }

    private Account ownAccount() {
        Actor actor = currentActor.get();
        if (actor.username() == null || actor.application()) {
            throw new AccessDeniedException("not signed in");
        }
        return accounts.findByUsername(actor.username()).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private Actor requireAdministrator() {
        Actor actor = currentActor.get();
        if (actor.role() != Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return actor;
    }
}
