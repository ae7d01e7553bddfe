package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.careroadmap.SharedContextTest;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Bearer token on a published roadmap's JSON is checked in the same query as the kept copy's version (issue 16:
 * a token call costs no more than an anonymous one) — and still answers exactly as a token checked on its own: a
 * good one reads (its use noted), an unknown, revoked or expired one is a 401 even when the copy is kept, and on
 * anything not kept for everyone (a draft, a query string) the token signs the request in as before. Real HTTP, so
 * every servlet filter runs as in production.
 */
@SharedContextTest
class DeferredBearerTokenTest {

    /** 東彼杵町, as in ApiTokensTest: a municipality whose roadmaps other tests do not read. */
    static final String MUNICIPALITY = "423912";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    org.careroadmap.account.AccountService accounts;

    final HttpClient http = HttpClient.newHttpClient();
    String token;
    long published;

    @BeforeEach
    void setUp() throws Exception {
        token = "crt_deferred-" + System.nanoTime();
        String username = "deferred-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, "correct-horse-battery", "遅延 太郎",
                Role.MUNICIPALITY_VIEWER, "42", MUNICIPALITY));
        jdbc.sql("""
                        INSERT INTO api_token (account_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
                        SELECT id, 'deferred', ?, 'crt_deferr', TRUE, CURRENT_TIMESTAMP, ? FROM app_user WHERE username = ?""")
                .params(sha256(token), Timestamp.from(Instant.now().plusSeconds(3600)), username).update();
        published = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.status().name().equals("PUBLISHED")).findFirst().orElseThrow().id());
    }

    @Test
    void aGoodTokenReadsTheKeptCopyAndItsUseIsNoted() throws Exception {
        String path = "/api/roadmaps/" + published;
        String anonymous = send(path, null).body();
        HttpResponse<String> first = send(path, token);
        HttpResponse<String> second = send(path, token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Page-Cache")).contains("hit");
        assertThat(second.body()).isEqualTo(anonymous);
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = ?").param(sha256(token))
                .query(Timestamp.class).optional()).isPresent();
    }

    @Test
    void anUnknownRevokedOrExpiredTokenIsA401EvenWhenTheCopyIsKept() throws Exception {
        String path = "/api/roadmaps/" + published;
        assertThat(send(path, token).statusCode()).isEqualTo(200);
        assertThat(send(path, null).headers().firstValue("X-Page-Cache")).contains("hit");

        HttpResponse<String> unknown = send(path, "crt_made-up-" + System.nanoTime());
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(send(path, "not-even-our-format").statusCode()).isEqualTo(401);

        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), sha256(token)).update();
        assertThat(send(path, token).statusCode()).isEqualTo(401);
        jdbc.sql("UPDATE api_token SET expires_at = ?, revoked_at = CURRENT_TIMESTAMP WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now().plusSeconds(3600)), sha256(token)).update();
        assertThat(send(path, token).statusCode()).isEqualTo(401);
    }

    @Test
    void onWhatIsNotKeptForEveryoneTheTokenSignsTheRequestInAsBefore() throws Exception {
        // The municipality's own roadmaps, drafts included, are its viewer's to read; the public gets none of a draft.
        long draft = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(MUNICIPALITY) && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create(MUNICIPALITY, "nagasaki-9-10").roadmap().id()));
        assertThat(send("/api/roadmaps/" + draft, null).statusCode()).isIn(401, 404);
        assertThat(send("/api/roadmaps/" + draft, token).statusCode()).isEqualTo(200);
        assertThat(send("/api/roadmaps/" + draft, "crt_made-up-" + System.nanoTime()).statusCode()).isEqualTo(401);

        assertThat(send("/api/roadmaps/" + published + "?lang=en", token).statusCode()).isEqualTo(200);
        assertThat(send("/api/roadmaps/" + published + "?lang=en", "crt_made-up").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
