package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The roll-up summary (progress_summary) against the real database (H2, and PostgreSQL in the suite's second pass):
 * kept equal to what the evaluations, indicators and activities give in the transaction of every change made
 * through the application, and back-filled to the same rows by the migration (V211) that bench/progress.sql runs too.
 */
@SharedContextTest
class ProgressSummariesTest {

    static final RequestPostProcessor EDITOR = TestActors.editorOf("422100");

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    ProgressSummaries summaries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectMapper json;

    RoadmapDocument iki;
    long id;

    @BeforeEach
    void setUp() {
        iki = CurrentActor.asSystem(() -> roadmaps.get(roadmaps.list(ListScope.municipality(new MunicipalityCode("422100")))
                .stream().mapToLong(s -> s.id()).min().orElseThrow()));
        id = iki.roadmap().id();
    }

    @Test
    void aRatingAnIndicatorAndActivitiesSavedThroughTheApiAreInTheSummaryAtOnce() throws Exception {
        RoadmapItem item = iki.roadmap().items().get(0);
        int before = items(2023, item.category().name(), "◎");
        mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2023/YEAR_END", id, item.id()).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("done", "実施した", "rating", "◎", "issues", "課題", "nextSteps", "対応"))))
                .andExpect(status().isOk());
        assertThat(items(2023, item.category().name(), "◎")).isEqualTo(before + 1);

        long indicatorId = json.readTree(mvc.perform(post("/api/roadmaps/{id}/progress/indicators", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("itemId", item.id(), "name", "参加者数-" + UUID.randomUUID(), "unit", "人",
                                "higherIsBetter", true, "source", "PARTICIPANT_SUM", "kinds", List.of("研修会")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .path("id").asLong();
        mvc.perform(put("/api/roadmaps/{id}/progress/indicators/{i}/values/2023", id, indicatorId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("target", "30"))))
                .andExpect(status().isOk());
        int[] measured = indicators(2023, item.category().name(), "◎");
        logTraining(item, "2023-06-10", "20");
        assertThat(indicators(2023, item.category().name(), "◎")).containsExactly(measured[0], measured[1]);
        logTraining(item, "2023-09-10", "15");
        // 35 participants of 研修会 against a target of 30: one more indicator on target.
        assertThat(indicators(2023, item.category().name(), "◎")).containsExactly(measured[0] + 1, measured[1]);
        assertThat(stored(id)).containsExactlyInAnyOrderElementsOf(summaries.compute(id));
    }

    @Test
    void everyRoadmapsStoredSummaryEqualsTheOneComputedFromItsRows() {
        for (long roadmapId : roadmapsWithProgress()) {
            assertThat(stored(roadmapId)).as("roadmap %d", roadmapId)
                    .containsExactlyInAnyOrderElementsOf(summaries.compute(roadmapId));
        }
    }

    @Test
    void theMigrationBackFillsTheSameRowsTheApplicationKeeps() {
        List<Long> ids = roadmapsWithProgress();
        assertThat(ids).isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Set<ProgressSummaries.Row> kept = new HashSet<>();
            ids.forEach(roadmapId -> kept.addAll(summaries.compute(roadmapId)));
            jdbc.sql("DELETE FROM progress_summary").update();
            ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                    new ClassPathResource("db/migration/V211__progress_summary_backfill.sql"));
            Set<ProgressSummaries.Row> filled = new HashSet<>();
            ids.forEach(roadmapId -> filled.addAll(stored(roadmapId)));
            tx.setRollbackOnly();
            assertThat(kept).anyMatch(r -> r.measured() > 0).anyMatch(r -> r.items() > 0);
            assertThat(filled).isEqualTo(kept);
        });
    }

    private void logTraining(RoadmapItem item, String date, String participants) throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("fiscalYear", "2023", "itemId", item.id(), "kind", "研修会",
                                "title", "多職種研修", "heldOn", date, "participants", participants))))
                .andExpect(status().isCreated());
    }

    private List<Long> roadmapsWithProgress() {
        return jdbc.sql("""
                SELECT roadmap_id FROM progress_evaluation UNION SELECT roadmap_id FROM progress_indicator""")
                .query(Long.class).list();
    }

    private List<ProgressSummaries.Row> stored(long roadmapId) {
        List<ProgressSummaries.Row> rows = new ArrayList<>();
        summaries.read(List.of(roadmapId), jdbc.sql("SELECT DISTINCT fiscal_year FROM progress_summary WHERE roadmap_id = ?")
                .param(roadmapId).query(Integer.class).list()).getOrDefault(roadmapId, Map.of()).values().forEach(rows::addAll);
        return rows;
    }

    private int items(int year, String category, String rating) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(items), 0) FROM progress_summary
                WHERE roadmap_id = ? AND fiscal_year = ? AND category = ? AND rating = ?""")
                .params(id, year, category, rating).query(Integer.class).single();
    }

    private int[] indicators(int year, String category, String rating) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(indicators_on_target), 0), COALESCE(SUM(indicators_measured), 0) FROM progress_summary
                WHERE roadmap_id = ? AND fiscal_year = ? AND category = ? AND rating = ?""")
                .params(id, year, category, rating).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }
}
