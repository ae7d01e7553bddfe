package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careroadmap.SharedContextTest;
import org.careroadmap.platform.BearerTokens;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-call token check compares with "now" rounded up to the whole second, so that every call within a second
 * sends the same statement with the same values (H2 then answers it from its last result until a table it reads
 * changes; issue 16: a token call costs no more than an anonymous one) — and so that a token is refused up to a
 * second before its expiry, never accepted after it. Against the real database, with the clock fixed.
 */
@SharedContextTest
class BearerTokenChecksTest {

    /** A token's expiry, not on a whole second. */
    static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00.400Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    String token;

    @BeforeEach
    void setUp() {
        token = "crt_checks-" + System.nanoTime();
        String username = "checks-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, "correct-horse-battery", "照合 花子",
                Role.MUNICIPALITY_VIEWER, "42", ApiTokensTest.MUNICIPALITY));
        jdbc.sql("""
                        INSERT INTO api_token (account_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
                        SELECT id, 'checks', ?, 'crt_checks', TRUE, CURRENT_TIMESTAMP, ? FROM app_user WHERE username = ?""")
                .params(BearerTokenChecks.hash(token), Timestamp.from(EXPIRY), username).update();
    }

    @Test
    void everyCheckWithinOneSecondSendsTheSameStatementWithTheSameValues() {
        BearerTokens.CheckColumn early = at("2029-06-01T10:00:00.001Z").checkColumn(token);
        BearerTokens.CheckColumn late = at("2029-06-01T10:00:00.999Z").checkColumn(token);
        BearerTokens.CheckColumn next = at("2029-06-01T10:00:01.001Z").checkColumn(token);

        assertThat(late).isEqualTo(early);
        assertThat(next).isNotEqualTo(early);
    }

    @Test
    void aTokenIsRefusedFromTheSecondItsExpiryFallsInAndNeverAfterIt() {
        assertThat(state(at("2029-12-31T23:59:59.300Z"))).isEqualTo(BearerTokens.TokenState.VALID_USE_DUE);
        assertThat(at("2029-12-31T23:59:59.300Z").authenticate(token)).isPresent();

        assertThat(state(at("2030-01-01T00:00:00.100Z"))).isEqualTo(BearerTokens.TokenState.UNKNOWN);
        assertThat(at("2030-01-01T00:00:00.100Z").authenticate(token)).isEmpty();
        assertThat(state(at("2030-01-01T00:00:00.400Z"))).isEqualTo(BearerTokens.TokenState.UNKNOWN);
        assertThat(at("2030-01-01T00:00:00.401Z").authenticate(token)).isEmpty();
    }

    @Test
    void theMomentOfACheckIsNowRoundedUpToTheWholeSecond() {
        assertThat(BearerTokenChecks.checkedAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(BearerTokenChecks.checkedAt(Instant.parse("2030-01-01T00:00:00.000000001Z"))).isEqualTo("2030-01-01T00:00:01Z");
        assertThat(BearerTokenChecks.checkedAt(Instant.parse("2030-01-01T00:00:00.999Z"))).isEqualTo("2030-01-01T00:00:01Z");
    }

    private BearerTokenChecks at(String instant) {
        return new BearerTokenChecks(jdbc, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** What the check column reads, as the kept copy's filter runs it (a scalar subquery of its own statement). */
    private BearerTokens.TokenState state(BearerTokenChecks checks) {
        BearerTokens.CheckColumn check = checks.checkColumn(token);
        return BearerTokens.TokenState.of(jdbc.sql("SELECT " + check.sql()).params(check.params())
                .query((row, n) -> row.getObject(1)).list().get(0));
    }
}
