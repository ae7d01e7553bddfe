package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * How many SQL statements progress's writes send (issue 17: the demo's ~104 writes sent 3,334 log lines of SQL,
 * because each write read the whole roadmap again — five statements — raised the prefecture's change count and
 * rewrote the roadmap's roll-up). Now a transaction reads the roadmap once, raises the count once and rewrites the
 * roll-up once just before its commit, so a batch of writes costs a few statements per row. Counted through the
 * wrapper of the real DataSource (StatementCounting), on Iki City's demo roadmap in FY2023 (as ProgressSummariesTest);
 * each test removes what it adds.
 */
@SharedContextTest
class ProgressWriteStatementsTest {

    static final RequestPostProcessor EDITOR = TestActors.editorOf("422100");

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    ActivityLog activities;
    @Autowired
    SelfEvaluations evaluations;
    @Autowired
    ProgressSummaries summaries;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long id;
    RoadmapItem item;

    @BeforeEach
    void iki() {
        RoadmapDocument iki = CurrentActor.asSystem(() -> roadmaps.get(roadmaps.list(ListScope.municipality(
                new MunicipalityCode("422100"))).stream().mapToLong(s -> s.id()).min().orElseThrow()));
        id = iki.roadmap().id();
        item = iki.roadmap().items().get(1);
    }

    @Test
    void recordingAnActivityReadsTheRoadmapOnceAndRaisesTheCountAndRewritesTheRollUpOnce() throws Exception {
        List<String> statements = StatementCounting.during(() -> perform(() -> mvc.perform(
                post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("fiscalYear", "2023", "itemId", item.id(), "kind", "研修会",
                                "title", "数えた研修", "heldOn", "2023-07-01", "participants", "12"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));

        assertWrittenOnce(statements);
        assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(20);
        removeActivitiesTitled("数えた研修");
    }

    @Test
    void savingASelfEvaluationReadsTheRoadmapOnceAndRaisesTheCountAndRewritesTheRollUpOnce() throws Exception {
        List<String> statements = StatementCounting.during(() -> perform(() -> mvc.perform(
                put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2023/INTERIM", id, item.id()).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("done", "上半期の取組を確認した"))))
                .andExpect(status().isOk()).andReturn()));

        assertWrittenOnce(statements);
        assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void aBatchOfTwentyActivitiesInOneTransactionCostsThreeStatementsEachAndKeepsTheRollUpRight() {
        List<String> statements = StatementCounting.during(() -> CurrentActor.asSystem(() ->
                new TransactionTemplate(transactions).execute(tx -> {
                    for (int i = 1; i <= 20; i++) {
                        activities.add(id, new ActivityInput("2023", item.id(), null, "研修会", "一括の研修" + i,
                                "2023-08-" + (10 + i / 2), "5", null, null));
                    }
                    return null;
                })));

        assertWrittenOnce(statements);
        assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(20 * 3 + 20);
        assertThat(statements.stream().filter(s -> s.contains("FROM progress_activity_kind"))).as("the kinds read once")
                .hasSizeLessThanOrEqualTo(1);
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(summaries.compute(id));
        removeActivitiesTitled("一括の研修%");
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(summaries.compute(id));
    }

    /** The roadmap read once, the prefecture's change count raised once, the roll-up rewritten once. */
    private static void assertWrittenOnce(List<String> statements) {
        assertThat(statements.stream().filter(s -> s.contains("FROM roadmap_item"))).as("the roadmap read once: %s", statements)
                .hasSize(1);
        assertThat(statements.stream().filter(s -> s.startsWith("UPDATE progress_change_count"))).as("the count raised once")
                .hasSize(1);
        assertThat(statements.stream().filter(s -> s.startsWith("DELETE FROM progress_summary"))).as("the roll-up rewritten once")
                .hasSize(1);
    }

    private void removeActivitiesTitled(String pattern) {
        List<Long> added = jdbc.sql("SELECT id FROM progress_activity WHERE roadmap_id = ? AND title LIKE ?")
                .params(id, pattern).query(Long.class).list();
        assertThat(added).isNotEmpty();
        CurrentActor.asSystem(() -> new TransactionTemplate(transactions).execute(tx -> {
            added.forEach(a -> activities.remove(id, a));
            return null;
        }));
    }

    private List<ProgressSummaries.Row> stored() {
        List<ProgressSummaries.Row> rows = new ArrayList<>();
        summaries.read(List.of(id), jdbc.sql("SELECT DISTINCT fiscal_year FROM progress_summary WHERE roadmap_id = ?")
                .param(id).query(Integer.class).list()).getOrDefault(id, Map.of()).values().forEach(rows::addAll);
        return rows;
    }

    private interface Request {
        Object perform() throws Exception;
    }

    private static Object perform(Request request) {
        try {
            return request.perform();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
