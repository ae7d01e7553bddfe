package org.careroadmap.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public's view of a published roadmap is built once per version and language, and never
 * outlives a change or an unpublishing. Its JSON reaches API readers signed in by a token or Basic (the
 * same answer); the page never reaches a signed-in person.
 */
@PublishedDemoDataTest
class PublishedPageCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesThePublicChartAndJsonFromMemoryUntilTheRoadmapChanges() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        for (String path : new String[] {"/roadmaps/" + id, "/api/roadmaps/" + id}) {
            HttpResponse<String> first = get(path, null);
            HttpResponse<String> second = get(path, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.headers().firstValue(PublishedPageCache.HEADER)).contains("hit");
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
            assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(second.headers().firstValue("X-Request-Id")).isPresent();
        }
        assertThat(get("/api/roadmaps/" + id, null).headers().firstValue("ETag")).contains("\"" + iki.roadmap().version() + "\"");

        // A published roadmap changes only through a revision and a new publication.
        RoadmapItem first = iki.roadmap().items().get(0);
        republishWith(id, first.id(), new ItemInput("A", "退院支援（更新）", "目指す姿", "2026", "推進方策"));
        try {
            HttpResponse<String> changed = get("/roadmaps/" + id, null);
            assertThat(changed.headers().firstValue(PublishedPageCache.HEADER)).contains("miss");
            assertThat(changed.body()).contains("退院支援（更新）");
            assertThat(get("/api/roadmaps/" + id, null).body()).contains("退院支援（更新）");
        } finally {
            // Other classes of the context look Iki's items up by their demo titles: publish the item as it was.
            republishWith(id, first.id(), new ItemInput(first.category().name(), first.title(), first.targetVision(),
                    first.achievementYear().map(y -> y.label()).orElse(null), first.measures()));
        }
    }

    private void republishWith(long id, String itemId, ItemInput content) {
        CurrentActor.asSystem(() -> {
            RoadmapDocument draft = lifecycle.reopen(id, iki().roadmap().version());
            draft = editing.changeItem(id, draft.roadmap().version(), itemId, content);
            return lifecycle.recordAlreadyPublished(id, draft.roadmap().version());
        });
    }

    @Test
    void neverServesSignedInPeopleLanguageSwitchesOrUnpublishedRoadmapsFromMemory() throws Exception {
        long id = iki().roadmap().id();
        get("/roadmaps/" + id, null);
        HttpResponse<String> editor = get("/roadmaps/" + id, "iki-editor");
        assertThat(editor.headers().firstValue(PublishedPageCache.HEADER)).isEmpty();
        HttpResponse<String> english = get("/roadmaps/" + id + "?lang=en", null);
        assertThat(english.headers().firstValue(PublishedPageCache.HEADER)).isEmpty();
        assertThat(english.body()).contains("Skip to content");

        RoadmapDocument current = iki();
        // A revision in progress: the public reads the published version, built afresh, never the cached draft.
        CurrentActor.asSystem(() -> lifecycle.reopen(id, current.roadmap().version()));
        try {
            HttpResponse<String> frozen = get("/roadmaps/" + id, null);
            assertThat(frozen.statusCode()).isEqualTo(200);
            assertThat(frozen.headers().firstValue(PublishedPageCache.HEADER)).isEmpty();
        } finally {
            RoadmapDocument draft = iki();
            CurrentActor.asSystem(() -> lifecycle.recordAlreadyPublished(id, draft.roadmap().version()));
        }
    }

    @Test
    void anApiReadByTokenOrBasicGetsThePublicsCopyAndARevokedTokenEndsAtOnce() throws Exception {
        long id = iki().roadmap().id();
        String path = "/api/roadmaps/" + id;
        String token = "crt_page-cache-" + System.nanoTime();
        jdbc.sql("""
                        INSERT INTO api_token (account_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
                        SELECT id, 'bench', ?, 'crt_page-c', TRUE, CURRENT_TIMESTAMP, ? FROM app_user WHERE username = 'iki-viewer'""")
                .params(sha256(token), java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600))).update();
        HttpResponse<String> anonymous = get(path, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);

        HttpResponse<String> byToken = bearer(path, token);
        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(byToken.headers().firstValue(PublishedPageCache.HEADER)).contains("hit");
        assertThat(byToken.body()).isEqualTo(anonymous.body());
        HttpResponse<String> byBasic = get(path, "iki-viewer");
        assertThat(byBasic.headers().firstValue(PublishedPageCache.HEADER)).contains("hit");
        assertThat(byBasic.body()).isEqualTo(anonymous.body());
        // The chart page of a signed-in person has their controls: never the public's copy.
        assertThat(get("/roadmaps/" + id, "iki-viewer").headers().firstValue(PublishedPageCache.HEADER)).isEmpty();

        // Checked in the database on every call: a revocation ends the token at once, cache or not.
        jdbc.sql("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE token_hash = ?").param(sha256(token)).update();
        assertThat(bearer(path, token).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> bearer(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(String secret) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private RoadmapDocument iki() {
        return CurrentActor.asSystem(() -> {
            long id = roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")
                    && s.template().id().equals("nagasaki-8-9")).findFirst().orElseThrow().id();
            return roadmaps.get(id);
        });
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo-pass-2026").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
