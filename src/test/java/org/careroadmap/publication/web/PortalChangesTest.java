package org.careroadmap.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.careroadmap.SharedContextTest;
import org.careroadmap.evaluation.EvaluationLifecycle;
import org.careroadmap.evaluation.EvaluationStep;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.resourcemap.ResourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each portal section shows changes the kept portal pages at once, through the module's own use case:
 * a progress report's publication, an evaluation's (構築状況) publication and a resource's change each raise
 * the prefecture's count in their transaction, so the next request builds the page afresh (a roadmap's change:
 * {@link PortalPageCacheTest}). A state is first put back by SQL, around the application, which the kept page
 * does not see — then the use case's step is what changes it.
 */
@SharedContextTest
class PortalChangesTest {

    private static final String IKI = "422100";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgressReports progress;
    @Autowired
    EvaluationLifecycle evaluations;
    @Autowired
    ResourceService resources;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publishingAProgressReportRebuildsThePortalPages() throws Exception {
        Map<String, Object> report = jdbc.sql("""
                SELECT roadmap_id, fiscal_year FROM progress_report
                WHERE municipality_code = ? AND status = 'PUBLISHED' ORDER BY fiscal_year DESC""")
                .param(IKI).query().listOfRows().get(0);
        long roadmapId = ((Number) report.get("roadmap_id")).longValue();
        String year = report.get("fiscal_year").toString();
        jdbc.sql("UPDATE progress_report SET status = 'ACCEPTED' WHERE roadmap_id = ? AND fiscal_year = ?")
                .params(roadmapId, Integer.parseInt(year)).update();
        assertKeptUntil(() -> CurrentActor.asSystem(() -> progress.take(roadmapId, year, "publish",
                progress.report(roadmapId, year).version(), null)));
        assertThat(jdbc.sql("SELECT status FROM progress_report WHERE roadmap_id = ? AND fiscal_year = ?")
                .params(roadmapId, Integer.parseInt(year)).query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void publishingAnEvaluationRebuildsThePortalPages() throws Exception {
        Map<String, Object> evaluation = jdbc.sql("""
                SELECT fiscal_year, version FROM evaluation
                WHERE municipality_code = ? AND status = 'PUBLISHED' ORDER BY fiscal_year DESC""")
                .param(IKI).query().listOfRows().get(0);
        FiscalYear year = FiscalYear.of(((Number) evaluation.get("fiscal_year")).intValue());
        long version = ((Number) evaluation.get("version")).longValue();
        jdbc.sql("UPDATE evaluation SET status = 'ACCEPTED' WHERE municipality_code = ? AND fiscal_year = ?")
                .params(IKI, year.value()).update();
        assertKeptUntil(() -> CurrentActor.asSystem(() -> evaluations.step(IKI, year, version, EvaluationStep.PUBLISH, null)));
        assertThat(jdbc.sql("SELECT status FROM evaluation WHERE municipality_code = ? AND fiscal_year = ?")
                .params(IKI, year.value()).query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void confirmingAResourceRebuildsThePortalPages() throws Exception {
        Map<String, Object> resource = jdbc.sql("SELECT id, version FROM resource WHERE municipality_code = ? ORDER BY id")
                .param(IKI).query().listOfRows().get(0);
        long id = ((Number) resource.get("id")).longValue();
        long version = ((Number) resource.get("version")).longValue();
        assertKeptUntil(() -> CurrentActor.asSystem(() -> {
            resources.confirm(id, version);
            return null;
        }));
    }

    /** Both portal pages of the place are served from memory until the change, then built afresh once. */
    private void assertKeptUntil(java.util.function.Supplier<?> change) throws Exception {
        for (String path : new String[] {"/public/42", "/public/" + IKI}) {
            get(path);
            assertThat(get(path).headers().firstValue(PortalPageCache.HEADER)).contains("hit");
        }
        String etag = get("/public/" + IKI).headers().firstValue("ETag").orElseThrow();
        change.get();
        for (String path : new String[] {"/public/42", "/public/" + IKI}) {
            assertThat(get(path).headers().firstValue(PortalPageCache.HEADER)).as(path).contains("miss");
            assertThat(get(path).headers().firstValue(PortalPageCache.HEADER)).as(path).contains("hit");
        }
        assertThat(get("/public/" + IKI).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
