package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.careroadmap.SharedContextTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public chart shows each item's rating from the latest published progress report, and the chart kept in
 * memory (PublishedPageCache) shows a newly published report on the next request. In the
 * shared context; it publishes FY2026, which no other test there rates.
 */
@SharedContextTest
class PublicChartRatingsTest {

    private static final String CACHE = "X-Page-Cache";

    @LocalServerPort
    int port;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    SelfEvaluations evaluations;
    @Autowired
    ProgressReports reports;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theKeptPublicChartShowsANewlyPublishedReportsRatingsAtOnce() throws Exception {
        RoadmapDocument iki = CurrentActor.asSystem(() -> roadmaps.get(roadmaps.list(
                ListScope.municipality(new MunicipalityCode("422100"))).stream().mapToLong(s -> s.id()).min().orElseThrow()));
        long id = iki.roadmap().id();
        String path = "/roadmaps/" + id;
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("自己評価（2025年度(令和7年度)の進捗報告）", "評価 ◎ <span lang=\"ja\">達成できた</span>",
                "href=\"/roadmaps/" + id + "/progress?year=2025\"", "× <span lang=\"ja\">全く不十分</span>");
        assertThat(get(path).headers().firstValue(CACHE)).contains("hit");

        ProgressReport accepted = CurrentActor.asSystem(() -> {
            for (RoadmapItem item : iki.roadmap().items()) {
                evaluations.save(id, item.id(), "2026", "YEAR_END", new EvaluationInput("実施した", "×", null, null));
            }
            ProgressReport report = reports.take(id, "2026", "submit", reports.report(id, "2026").version(), null);
            return reports.take(id, "2026", "accept", report.version(), null);
        });
        // Accepted is not yet published: the public still reads FY2025.
        assertThat(get(path).body()).contains("自己評価（2025年度(令和7年度)の進捗報告）");
        CurrentActor.asSystem(() -> reports.take(id, "2026", "publish", accepted.version(), null));
        HttpResponse<String> published = get(path);
        assertThat(published.headers().firstValue(CACHE)).contains("miss");
        assertThat(published.body()).contains("自己評価（2026年度(令和8年度)の進捗報告）", "評価 × <span lang=\"ja\">全く不十分</span>")
                .doesNotContain("評価 ◎ <span lang=\"ja\">達成できた</span>");
        assertThat(get(path).headers().firstValue(CACHE)).contains("hit");
        assertThat(get(path + "?lang=en").body()).contains("Self-evaluation (progress report of FY2026 (Reiwa 8))");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
