package org.careroadmap.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.careroadmap.SharedContextTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's prefecture and municipality pages are built once per address, language and version and
 * then served from memory (gzipped once for readers that take it); a change to a roadmap shows at once, a
 * current copy is answered 304, and signed-in readers never get the kept copy. The catalogue is kept likewise.
 */
@SharedContextTest
class PortalPageCacheTest {

    private static final String REVISING = "改訂作業中";

    @LocalServerPort
    int port;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapLifecycle lifecycle;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheSameBytesFromMemoryUntilARoadmapOfThePlaceChanges() throws Exception {
        for (String path : new String[] {"/public/42", "/public/422100"}) {
            HttpResponse<String> first = get(path, null, null);
            HttpResponse<String> second = get(path, null, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.headers().firstValue(PortalPageCache.HEADER)).contains("hit");
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
            assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
            assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        assertThat(get("/public/422100", null, null).body()).doesNotContain(REVISING);
        long id = iki().roadmap().id();
        CurrentActor.asSystem(() -> lifecycle.reopen(id, iki().roadmap().version()));
        try {
            HttpResponse<String> revising = get("/public/422100", null, null);
            assertThat(revising.headers().firstValue(PortalPageCache.HEADER)).contains("miss");
            assertThat(revising.body()).contains(REVISING);
            assertThat(get("/public/42", null, null).headers().firstValue(PortalPageCache.HEADER)).contains("miss");
        } finally {
            CurrentActor.asSystem(() -> lifecycle.recordAlreadyPublished(id, iki().roadmap().version()));
        }
        HttpResponse<String> published = get("/public/422100", null, null);
        assertThat(published.headers().firstValue(PortalPageCache.HEADER)).contains("miss");
        assertThat(published.body()).doesNotContain(REVISING);
    }

    @Test
    void keepsEachLanguageApartAndNeverServesSignedInPeopleOrQueries() throws Exception {
        HttpResponse<String> japanese = get("/public/422100", null, null);
        HttpResponse<String> english = get("/public/422100", null, "en");
        HttpResponse<String> englishAgain = get("/public/422100", null, "en");
        HttpResponse<String> japaneseAgain = get("/public/422100", null, null);
        assertThat(english.body()).contains("Skip to content").isNotEqualTo(japanese.body());
        assertThat(englishAgain.headers().firstValue(PortalPageCache.HEADER)).contains("hit");
        assertThat(englishAgain.body()).isEqualTo(english.body());
        assertThat(englishAgain.headers().firstValue("Content-Language")).contains("en");
        assertThat(japaneseAgain.headers().firstValue(PortalPageCache.HEADER)).contains("hit");
        assertThat(japaneseAgain.body()).isEqualTo(japanese.body()).doesNotContain("Skip to content");

        assertThat(get("/public/422100", "iki-viewer", null).headers().firstValue(PortalPageCache.HEADER)).isEmpty();
        assertThat(get("/public/422100?lang=en", null, null).headers().firstValue(PortalPageCache.HEADER)).isEmpty();
        assertThat(get("/public/999999", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void answersACurrentCopyWith304BeforeBuildingAndAStaleOneWithThePage() throws Exception {
        for (String path : new String[] {"/public/42", "/public/422100", "/opendata", "/opendata/catalog.jsonld"}) {
            HttpResponse<String> page = get(path, null, null);
            String etag = page.headers().firstValue("ETag").orElseThrow();
            assertThat(page.headers().firstValue("Cache-Control")).contains(PortalPageCache.CACHE_CONTROL);
            HttpResponse<String> current = send(request(path).header("If-None-Match", etag));
            assertThat(current.statusCode()).as(path).isEqualTo(304);
            assertThat(current.body()).isEmpty();
            assertThat(current.headers().firstValue(PortalPageCache.HEADER)).contains("not-modified");
            assertThat(current.headers().firstValue("ETag")).contains(etag);
            // What the server sends for a page it compressed is the weak form of the same tag.
            assertThat(send(request(path).header("If-None-Match", "\"other\", W/" + etag)).statusCode()).isEqualTo(304);
            HttpResponse<String> stale = send(request(path).header("If-None-Match", "\"stale\""));
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(page.body());
        }
        // In English the page is another page, with a tag of its own.
        String japanese = get("/public/42", null, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> english = send(request("/public/42").header("Cookie", "careroadmap-lang=en")
                .header("If-None-Match", japanese));
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(japanese);
    }

    @Test
    void sendsTheKeptGzipToReadersThatAcceptIt() throws Exception {
        for (String path : new String[] {"/public/42", "/opendata"}) {
            String plain = get(path, null, null).body();
            HttpResponse<byte[]> zipped = http.send(request(path).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.headers().firstValue(PortalPageCache.HEADER)).contains("hit");
            assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(zipped.headers().firstValue("ETag")).isPresent().get().asString().startsWith("W/");
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
            }
            HttpResponse<String> refused = send(request(path).header("Accept-Encoding", "gzip;q=0, identity"));
            assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(refused.body()).isEqualTo(plain);
        }
    }

    @Test
    void keepsTheCatalogueUntilARoadmapChanges() throws Exception {
        for (String path : new String[] {"/opendata", "/opendata/catalog.jsonld"}) {
            HttpResponse<String> first = get(path, null, null);
            HttpResponse<String> second = get(path, null, null);
            assertThat(second.headers().firstValue(PortalPageCache.HEADER)).contains("hit");
            assertThat(second.body()).isEqualTo(first.body()).contains("422100_care_roadmap");
            assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        }
        long id = iki().roadmap().id();
        CurrentActor.asSystem(() -> lifecycle.reopen(id, iki().roadmap().version()));
        CurrentActor.asSystem(() -> lifecycle.recordAlreadyPublished(id, iki().roadmap().version()));
        for (String path : new String[] {"/opendata", "/opendata/catalog.jsonld"}) {
            assertThat(get(path, null, null).headers().firstValue(PortalPageCache.HEADER)).as(path).contains("miss");
        }
        assertThat(get("/opendata", "iki-viewer", null).headers().firstValue(PortalPageCache.HEADER)).isEmpty();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private RoadmapDocument iki() {
        return CurrentActor.asSystem(() -> {
            long id = roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")
                    && s.template().id().equals("nagasaki-8-9")).findFirst().orElseThrow().id();
            return roadmaps.get(id);
        });
    }

    private HttpResponse<String> get(String path, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo-pass-2026").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Cookie", "careroadmap-lang=" + language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
