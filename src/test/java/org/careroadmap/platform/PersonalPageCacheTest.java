package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signed-in pages kept in memory: built once per person and state, each session's own CSRF token, never
 * another role's controls, a change through the database seen at once, and a cheap 304 for an unchanged page.
 * In the shared context, with PublishedPageCacheTest.
 */
@SharedContextTest
class PersonalPageCacheTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String REOPEN = "/reopen\"";
    private static final String COMMENT_FORM = "name=\"itemId\"";

    @LocalServerPort
    int port;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    org.careroadmap.progress.ArrowStatuses arrowStatuses;
    @Autowired
    org.careroadmap.account.AccountService accounts;
    @Autowired
    List<org.careroadmap.roadmap.ChartPanel> panels;
    @Autowired
    List<PersonalState> personalStates;
    @Autowired
    StateReads stateReads;

    @Test
    void twoRolesNeverSeeEachOthersControlsAndEachSessionGetsItsOwnToken() throws Exception {
        long id = iki().roadmap().id();
        Browser editor = signIn("iki-editor");
        Browser viewer = signIn("iki-viewer");
        Browser secondViewer = signIn("iki-viewer");

        HttpResponse<String> editorFirst = editor.get("/roadmaps/" + id);
        HttpResponse<String> editorKept = editor.get("/roadmaps/" + id);
        assertThat(editorKept.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(editorKept.body()).contains(REOPEN, COMMENT_FORM).isEqualTo(editorFirst.body()
                .replace(token(editorFirst.body()), token(editorKept.body())));

        HttpResponse<String> viewerFirst = viewer.get("/roadmaps/" + id);
        HttpResponse<String> viewerKept = viewer.get("/roadmaps/" + id);
        HttpResponse<String> otherViewerKept = secondViewer.get("/roadmaps/" + id);
        assertThat(viewerFirst.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        for (HttpResponse<String> page : List.of(viewerFirst, viewerKept, otherViewerKept)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(REOPEN, COMMENT_FORM).contains("iki-viewer");
        }
        assertThat(otherViewerKept.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        // Each page carries a token its own session accepts: a form sent from a kept page goes through.
        assertThat(editor.post("/roadmaps/" + id + "/comments", token(editorKept.body()), "body=確認をお願いします")
                .statusCode()).isEqualTo(302);
        assertThat(editor.post("/roadmaps/" + id + "/comments", token(otherViewerKept.body()), "body=他人のトークン")
                .statusCode()).isEqualTo(403);
        assertThat(secondViewer.post("/logout", token(otherViewerKept.body()), "").statusCode()).isBetween(200, 399);
    }

    @Test
    void aChangeSavedAnywhereIsShownAtOnceAndAnUnchangedPageCostsA304() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        Browser editor = signIn("iki-editor");
        editor.get("/roadmaps/" + id);
        HttpResponse<String> kept = editor.get("/roadmaps/" + id);
        String etag = kept.headers().firstValue("ETag").orElseThrow();
        assertThat(kept.headers().firstValue("Cache-Control")).contains(PersonalPageCache.CACHE_CONTROL);

        HttpResponse<String> unchanged = editor.get("/roadmaps/" + id, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        // Compressed responses carry a weakened ETag; it still matches.
        assertThat(editor.get("/roadmaps/" + id, "If-None-Match", "\"x\", " + etag.replace("W/", "")).statusCode())
                .isEqualTo(304);
        // Another session of the same person has another token, so another ETag.
        assertThat(signIn("iki-editor").get("/roadmaps/" + id, "If-None-Match", etag).statusCode()).isEqualTo(200);

        // A comment, then a revision started in the database (as through another node): seen on the next request.
        editor.post("/roadmaps/" + id + "/comments", token(kept.body()), "body=新しいコメントです");
        HttpResponse<String> notice = editor.get("/roadmaps/" + id); // shows the "saved" notice once, never kept
        assertThat(notice.headers().firstValue(PersonalPageCache.HEADER)).isEmpty();
        HttpResponse<String> withComment = editor.get("/roadmaps/" + id, "If-None-Match", etag);
        assertThat(withComment.statusCode()).isEqualTo(200);
        assertThat(withComment.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        assertThat(withComment.body()).contains("新しいコメントです");
        CurrentActor.asSystem(() -> lifecycle.reopen(id, iki.roadmap().version()));
        try {
            HttpResponse<String> draft = editor.get("/roadmaps/" + id);
            assertThat(draft.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
            assertThat(draft.body()).doesNotContain(REOPEN).contains("/items/new?");
        } finally {
            RoadmapDocument draft = iki();
            CurrentActor.asSystem(() -> lifecycle.recordAlreadyPublished(id, draft.roadmap().version()));
        }
        assertThat(editor.get("/roadmaps/" + id).body()).contains(REOPEN);
    }

    @Test
    void theDashboardAndHistoryAreKeptPerPersonAndFollowChanges() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        Browser admin = signIn("pref-admin");
        Browser reviewer = signIn("pref-reviewer");
        admin.get("/review");
        HttpResponse<String> adminKept = admin.get("/review");
        assertThat(adminKept.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(adminKept.body()).contains("action=\"/review/rounds\"");
        reviewer.get("/review");
        HttpResponse<String> reviewerKept = reviewer.get("/review");
        assertThat(reviewerKept.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(reviewerKept.body()).doesNotContain("action=\"/review/rounds\"");

        admin.get("/roadmaps/" + id + "/history");
        assertThat(admin.get("/roadmaps/" + id + "/history").headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        // Starting a revision changes the roadmap (a new history entry): both pages are built afresh.
        CurrentActor.asSystem(() -> lifecycle.reopen(id, iki.roadmap().version()));
        try {
            assertThat(admin.get("/review").headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
            HttpResponse<String> history = admin.get("/roadmaps/" + id + "/history");
            assertThat(history.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        } finally {
            RoadmapDocument draft = iki();
            CurrentActor.asSystem(() -> lifecycle.recordAlreadyPublished(id, draft.roadmap().version()));
        }
    }

    @Test
    void anArrowsProgressRecordedAnywhereIsShownOnTheNextRequest() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        String arrow = iki.roadmap().items().stream().flatMap(i -> i.arrows().stream()).findFirst().orElseThrow().id();
        Browser editor = signIn("iki-editor");
        editor.get("/roadmaps/" + id);
        HttpResponse<String> before = editor.get("/roadmaps/" + id);
        assertThat(before.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        CurrentActor.asSystem(() -> arrowStatuses.set(id, arrow, "DELAYED", "人員の確保が遅れている", null));
        HttpResponse<String> after = editor.get("/roadmaps/" + id);
        assertThat(after.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        assertThat(after.body().replace(token(after.body()), "")).isNotEqualTo(before.body().replace(token(before.body()), ""));
        assertThat(editor.get("/roadmaps/" + id).headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
    }

    @Test
    void theDashboardsProgressColumnsFollowProgressRecordedAnywhere() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        String arrow = iki.roadmap().items().stream().flatMap(i -> i.arrows().stream()).findFirst().orElseThrow().id();
        Browser reviewer = signIn("pref-reviewer");
        reviewer.get("/review");
        HttpResponse<String> kept = reviewer.get("/review");
        assertThat(kept.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(kept.body()).contains("sort=progressAchieved");
        // Progress changes neither the roadmap nor its comments; the progress module's version must tell.
        CurrentActor.asSystem(() -> arrowStatuses.set(id, arrow, "DONE", "完了した", null));
        assertThat(reviewer.get("/review").headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        assertThat(reviewer.get("/review").headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
    }

    @Test
    void theSortedDashboardAndTheProgressRollUpAreKeptPerQueryAndFollowProgressRecordedAnywhere() throws Exception {
        RoadmapDocument iki = iki();
        long id = iki.roadmap().id();
        // Not the first arrow, which the other tests here change and compare.
        String arrow = iki.roadmap().items().stream().flatMap(i -> i.arrows().stream()).reduce((a, b) -> b).orElseThrow().id();
        Browser reviewer = signIn("pref-reviewer");
        reviewer.get("/review?sort=progressAchieved&dir=desc");
        HttpResponse<String> sorted = reviewer.get("/review?sort=progressAchieved&dir=desc");
        assertThat(sorted.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        // Each order is a page of its own; a parameter the page does not name, or one named twice, is never kept.
        assertThat(reviewer.get("/review?sort=code").headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        assertThat(reviewer.get("/review?sort=code&x=1").headers().firstValue(PersonalPageCache.HEADER)).isEmpty();
        assertThat(reviewer.get("/review?sort=code&sort=name").headers().firstValue(PersonalPageCache.HEADER)).isEmpty();
        assertThat(reviewer.get("/review?sort=code&lang=en").headers().firstValue(PersonalPageCache.HEADER)).isEmpty();

        reviewer.get("/review/progress?year=2025");
        HttpResponse<String> rollUp = reviewer.get("/review/progress?year=2025");
        assertThat(rollUp.statusCode()).isEqualTo(200);
        assertThat(rollUp.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(reviewer.get("/review/progress?year=2024").headers().firstValue(PersonalPageCache.HEADER)).contains("miss");

        // Progress changes neither the roadmaps nor their comments; the prefecture's progress count must tell.
        CurrentActor.asSystem(() -> arrowStatuses.set(id, arrow, "IN_PROGRESS", "実施中", null));
        assertThat(reviewer.get("/review/progress?year=2025").headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
        assertThat(reviewer.get("/review?sort=progressAchieved&dir=desc").headers().firstValue(PersonalPageCache.HEADER))
                .contains("miss");
        assertThat(reviewer.get("/review/progress?year=2025").headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
    }

    @Test
    void aRenamedAccountIsShownAtOnceOnKeptPages() throws Exception {
        long id = iki().roadmap().id();
        Browser editor = signIn("iki-editor");
        Browser viewer = signIn("pref-reviewer");
        editor.post("/roadmaps/" + id + "/comments", token(editor.get("/roadmaps/" + id).body()), "body=改名の確認");
        viewer.get("/roadmaps/" + id);
        HttpResponse<String> before = viewer.get("/roadmaps/" + id);
        assertThat(before.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(before.body()).doesNotContain("改名後");

        rename("iki-editor", "壱岐 改名後");
        try {
            HttpResponse<String> after = viewer.get("/roadmaps/" + id);
            assertThat(after.headers().firstValue(PersonalPageCache.HEADER)).contains("miss");
            assertThat(after.body()).contains("壱岐 改名後");
        } finally {
            rename("iki-editor", "壱岐市 編集者（デモ）");
        }
    }

    /**
     * A chart panel or personal state without a state would silently turn keeping of every signed-in chart off; each
     * one's query must also run on its own (it is read as a sub-query of one statement) and answer.
     */
    @Test
    void everyChartPanelAndPersonalStateContributesAStateSoSignedInChartsAreKept() {
        long id = iki().roadmap().id();
        assertThat(panels).isNotEmpty();
        for (org.careroadmap.roadmap.ChartPanel panel : panels) {
            StateQuery state = panel.version(id);
            assertThat(state).as("version() of chart panel %s", panel.name()).isNotNull();
            assertThat(stateReads.read(List.of(state))).as("state of chart panel %s", panel.name()).isNotNull();
        }
        Actor viewer = Actor.of("iki-viewer", Role.MUNICIPALITY_VIEWER, "42", "422100");
        assertThat(personalStates).isNotEmpty();
        for (PersonalState personal : personalStates) {
            assertThat(stateReads.read(List.of(personal.state(viewer)))).as("state of %s", personal).isNotNull();
        }
    }

    @Test
    void aKeptPageIsSentCompressedOnceToBrowsersThatAcceptGzipWithTheirOwnToken() throws Exception {
        long id = iki().roadmap().id();
        Browser editor = signIn("iki-editor");
        editor.get("/roadmaps/" + id);
        HttpResponse<String> plain = editor.get("/roadmaps/" + id);
        HttpResponse<byte[]> compressed = editor.getBytes("/roadmaps/" + id, "Accept-Encoding", "gzip, deflate, br");

        assertThat(compressed.headers().firstValue(PersonalPageCache.HEADER)).contains("hit");
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        String page = GzipPartsTest.gunzip(compressed.body());
        // Each request carries its own (masked) token; the rest is the same page.
        assertThat(page).isEqualTo(plain.body().replace(token(plain.body()), token(page))).contains(REOPEN);
        assertThat(compressed.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 4);
    }

    @Test
    void weakComparisonOfEntityTags() {
        assertThat(PersonalPageCache.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PersonalPageCache.matches("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PersonalPageCache.matches("\"x\" , W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PersonalPageCache.matches("\"abcd\"", "W/\"abc\"")).isFalse();
        assertThat(PersonalPageCache.matches(null, "W/\"abc\"")).isFalse();
    }

    /** As Nagasaki's administrator, through the account service (whose save raises the account's version). */
    private void rename(String username, String displayName) {
        org.careroadmap.account.Account account = CurrentActor.asSystem(() -> accounts.forSignIn(username).orElseThrow());
        ActorPrincipal admin = () -> Actor.of("pref-admin", Role.PREFECTURE_ADMIN, "42", null);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(admin, null));
        try {
            accounts.update(account.id(), account.version(), new org.careroadmap.account.AccountInput(username,
                    displayName, account.role().name(), account.municipalityCode(), null, true, account.email(),
                    account.department()));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private RoadmapDocument iki() {
        return CurrentActor.asSystem(() -> {
            long id = roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")
                    && s.template().id().equals("nagasaki-8-9")).findFirst().orElseThrow().id();
            return roadmaps.get(id);
        });
    }

    private Browser signIn(String user) throws Exception {
        Browser browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        String token = token(browser.get("/login").body());
        HttpResponse<String> signedIn = browser.post("/login", token,
                "username=" + user + "&password=demo-pass-2026");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String landing = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(landing).doesNotContain("error");
        // Like a browser, follow to the landing page, which hands out the new CSRF token's cookie.
        browser.get(URI.create(landing).getPath());
        return browser;
    }

    private final class Browser {

        private final HttpClient http;

        Browser(HttpClient http) {
            this.http = http;
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).headers(headers).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, String csrf, String form) throws Exception {
            List<String> fields = new ArrayList<>();
            for (String field : form.split("&")) {
                if (!field.isEmpty()) {
                    String[] pair = field.split("=", 2);
                    fields.add(pair[0] + "=" + URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
                }
            }
            fields.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
