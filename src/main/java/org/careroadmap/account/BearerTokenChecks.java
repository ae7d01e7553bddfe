package org.careroadmap.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.BearerTokens;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.TokenAuthentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The check of an {@code Authorization: Bearer …} token on every API call: a hash and one indexed read, on every
 * node, so a revocation ends the token at once everywhere and nothing is kept in memory. Not transactional on
 * purpose: one read and, at most every ten minutes, one single-row write, each atomic on its own — a transaction's
 * begin and commit (or even the proxy that suspends one) would cost more than the look-up, on every call.
 * Disabling an account revokes its tokens ({@link ApiTokens#revokeAllOf}), so the check of a token alone reads
 * only its own row.
 */
@Component
record BearerTokenChecks(JdbcClient jdbc, Clock clock) implements BearerTokens {

    /** Last use is written at most this often, so that most API calls write nothing. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(10);

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    @Override
    public Optional<TokenAuthentication> authenticate(String secret) {
        if (!wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // The account is read for its current role and municipality; u.enabled stays as a second guard for tokens
        // of accounts disabled before disabling revoked them (V370 revoked those too).
        Optional<Found> found = jdbc.sql("""
                        SELECT t.id, t.read_only, t.last_used_at, u.id, u.username, u.password_hash, u.display_name, u.role,
                               u.prefecture_code, u.municipality_code, u.failed_attempts, u.locked_until, u.created_at,
                               u.email, u.department, u.password_change_required, u.version
                          FROM api_token t JOIN app_user u ON u.id = t.account_id
                         WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled = TRUE""")
                .params(hash(secret), Timestamp.from(checkedAt(now)))
                .query(BearerTokenChecks::found)
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = found.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_RESOLUTION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), found.get().id()).update();
        }
        AccountPrincipal principal = new AccountPrincipal(found.get().account(), false);
        return Optional.of(new TokenAuthentication(principal, principal.getAuthorities(), found.get().readOnly()));
    }

    /**
     * The token's own row only: whether it is unrevoked and unexpired (an account's disabling revokes its tokens in
     * the same transaction), and whether its last use is due to be written.
     */
    @Override
    public CheckColumn checkColumn(String secret) {
        if (!wellFormed(secret)) {
            return new CheckColumn("CAST(NULL AS INTEGER)", List.of());
        }
        Instant now = checkedAt(clock.instant());
        return new CheckColumn("""
                (SELECT CASE WHEN t.last_used_at >= ? THEN 1 ELSE 0 END FROM api_token t
                  WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?)""",
                List.of(Timestamp.from(now.minus(LAST_USE_RESOLUTION)), hash(secret), Timestamp.from(now)));
    }

    @Override
    public void recordUse(String secret) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(Timestamp.from(now), hash(secret), Timestamp.from(now.minus(LAST_USE_RESOLUTION))).update();
    }

    /**
     * The moment a check compares expiry and last use with: now, rounded UP to the whole second. Every call within
     * one second then sends the same statement with the same parameters, and H2 answers a repeated statement whose
     * parameters and tables have not changed from its last result (its OPTIMIZE_REUSE_RESULTS, on by default) —
     * which the public's state query, with its constant parameters, already enjoys. With {@code now} to the
     * nanosecond the token's statement was executed in full on every call (issue 16: the token call's extra cost).
     * Any write to {@code api_token} (a revocation, the last-use note) ends the reuse at once, so it keeps nothing
     * a revocation could outlive. Rounding up, not down: a token is refused up to a second before its expiry, never
     * accepted after it.
     */
    static Instant checkedAt(Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(now) ? now : second.plusSeconds(1);
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean wellFormed(@Nullable String secret) {
        return secret != null && secret.startsWith(ApiTokens.PREFIX) && secret.length() <= 100;
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        Account account = new Account(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                Role.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), true, rs.getInt(11), instantOrNull(rs, 12),
                instant(rs, 13), rs.getString(14), rs.getString(15), rs.getBoolean(16), rs.getLong(17));
        return new Found(rs.getLong(1), rs.getBoolean(2), instantOrNull(rs, 3), account);
    }

    /** A NOT NULL column's instant. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Found(long id, boolean readOnly, @Nullable Instant lastUsedAt, Account account) {
    }
}
