package org.careroadmap.evaluation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Deadlines and who publishes, through the whole web stack: municipalities past the round's deadline that have
 * not submitted are marked and can be listed alone; 公開 is taken by whoever the prefecture's publication
 * setting names, on the page's buttons, the form endpoint and the API alike. Shares EvaluationPagesTest's
 * application context (same properties) and its fiscal year; each test puts back what it changes.
 */
@SharedContextTest
class EvaluationDeadlineAndPublisherTest {

    static final String TSUSHIMA = EvaluationPagesTest.TSUSHIMA;
    static final FiscalYear YEAR = EvaluationPagesTest.YEAR;
    static final RequestPostProcessor EDITOR = TestActors.editorOf(TSUSHIMA);
    static final RequestPostProcessor REVIEWER = TestActors.prefectureReviewer();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationSheets sheets;
    @Autowired
    EvaluationUseCases evaluations;
    @Autowired
    DailyLivingAreas areas;

    MockMvc mvc;
    long area;

    @BeforeEach
    void tsushimaWithOneAreaAndAnOpenRound() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        CurrentActor.asSystem(() -> {
            jdbc.sql("DELETE FROM evaluation WHERE municipality_code = ?").param(TSUSHIMA).update();
            jdbc.sql("DELETE FROM daily_living_area WHERE municipality_code = ?").param(TSUSHIMA).update();
            if (sheets.sheet("42", YEAR).isEmpty()) {
                sheets.create(Integer.toString(YEAR.value()));
                evaluations.rounds().openRound(Integer.toString(YEAR.value()), "2032-06-30");
            }
            area = areas.add(TSUSHIMA, AreaInput.read("N", "上県", "上県町・上対馬町", "2017", null)).id();
            return null;
        });
    }

    @Test
    void municipalitiesPastTheDeadlineWithoutASubmissionAreMarkedOverdueAndCanBeListedAlone() throws Exception {
        answerEverything();
        mvc.perform(get("/evaluation").param("year", Integer.toString(YEAR.value())).with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2032年6月30日"), not(containsString(">期限超過</strong>")))));
        jdbc.sql("UPDATE evaluation_round SET deadline = DATE '2026-01-05' WHERE prefecture_code = '42' AND fiscal_year = ?")
                .param(YEAR.value()).update();
        try {
            mvc.perform(get("/evaluation").param("year", Integer.toString(YEAR.value())).param("filter", "overdue").with(REVIEWER))
                    .andExpect(content().string(allOf(containsString("対馬市"), containsString("壱岐市"),
                            containsString(">期限超過</strong>"), containsString("2026年1月5日"), containsString("すべての市町を表示"))));
            mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR).param("lang", "en"))
                    .andExpect(content().string(allOf(containsString("id=\"overdue-mark\""), containsString("5 Jan 2026"))));

            CurrentActor.asSystem(() -> evaluations.lifecycle().step(TSUSHIMA, YEAR, version(), EvaluationStep.SUBMIT, null));

            mvc.perform(get("/evaluation").param("year", Integer.toString(YEAR.value())).param("filter", "overdue").with(REVIEWER))
                    .andExpect(content().string(allOf(containsString("壱岐市"), not(containsString("対馬市")))));
            mvc.perform(get("/api/evaluation/overview").param("year", Integer.toString(YEAR.value())).with(REVIEWER))
                    .andExpect(jsonPath("$[?(@.municipalityCode == '" + TSUSHIMA + "')].overdue").value(hasItem(false)))
                    .andExpect(jsonPath("$[?(@.municipalityCode == '422100')].overdue").value(hasItem(true)));
            mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                    .andExpect(content().string(not(containsString("id=\"overdue-mark\""))));
        } finally {
            jdbc.sql("UPDATE evaluation_round SET deadline = DATE '2032-06-30' WHERE prefecture_code = '42' AND fiscal_year = ?")
                    .param(YEAR.value()).update();
        }
    }

    @Test
    void whereThePrefecturePublishesTheMunicipalityCannotEvenAfterAcceptance() throws Exception {
        acceptEverything();
        mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                .andExpect(content().string(allOf(not(containsString("/publish\"")), containsString("受理した評価は県が公開します"))));
        mvc.perform(get("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR)).andExpect(jsonPath("$.steps").isEmpty());
        mvc.perform(post(path("/publish")).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value() + "/publish").with(EDITOR).with(csrf())
                        .contentType("application/json").content("{\"version\":" + version() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(REVIEWER))
                .andExpect(content().string(containsString("/publish\"")));
        mvc.perform(post(path("/publish")).with(REVIEWER).with(csrf()).param("version", Long.toString(version())))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"progress-link\""))));
    }

    @Test
    void whereTheMunicipalityPublishesOnlyItsEditorPublishesAndOnlyAfterAcceptance() throws Exception {
        jdbc.sql("UPDATE prefecture SET publication_by = 'MUNICIPALITY' WHERE code = '42'").update();
        try {
            answerEverything();
            CurrentActor.asSystem(() -> evaluations.lifecycle().step(TSUSHIMA, YEAR, version(), EvaluationStep.SUBMIT, null));
            mvc.perform(post(path("/publish")).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                    .andExpect(status().isConflict());
            CurrentActor.asSystem(() -> evaluations.lifecycle().step(TSUSHIMA, YEAR, version(), EvaluationStep.ACCEPT, null));
            mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(REVIEWER))
                    .andExpect(content().string(allOf(not(containsString("/publish\"")), containsString("受理した評価は市町が公開します"))));
            mvc.perform(post(path("/publish")).with(REVIEWER).with(csrf()).param("version", Long.toString(version())))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                    .andExpect(jsonPath("$.steps[0]").value("PUBLISH"));
            mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                    .andExpect(content().string(containsString("/publish\"")));
            mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value())).andExpect(status().isNotFound());
            mvc.perform(post("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value() + "/publish").with(EDITOR).with(csrf())
                            .contentType("application/json").content("{\"version\":" + version() + "}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
            mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value())).andExpect(status().isOk());
        } finally {
            jdbc.sql("UPDATE prefecture SET publication_by = 'PREFECTURE' WHERE code = '42'").update();
        }
    }

    @Test
    void thePublicStatusPageLinksToTheSameYearsPublishedProgressReportAndBack() throws Exception {
        long ikiRoadmap = jdbc.sql("""
                SELECT roadmap_id FROM progress_report WHERE municipality_code = '422100' AND fiscal_year = 2025
                AND status = 'PUBLISHED'""").query(Long.class).single();
        String progress = "/roadmaps/" + ikiRoadmap + "/progress?year=2025";
        mvc.perform(get("/status/422100/2025"))
                .andExpect(content().string(allOf(containsString("id=\"progress-link\" href=\"" + progress + "\""),
                        containsString("2025年度(令和7年度)の進捗報告"))));
        mvc.perform(get(progress)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"status-link\"")))
                .andExpect(content().string(containsString("href=\"/status/422100/2025\"")));
        mvc.perform(get("/roadmaps/" + ikiRoadmap + "/progress").param("year", "2024"))
                .andExpect(content().string(not(containsString("id=\"status-link\""))));
    }

    @Test
    void residentsSurveyResultsAreShownBesideTheCriteriaOfTheirCategory() throws Exception {
        SurveyQuestion question = sheets.sheet("42", YEAR).orElseThrow().questions().get(0);
        CurrentActor.asSystem(() -> evaluations.surveys().saveSurvey(TSUSHIMA, YEAR, version(),
                List.of(new SurveyInput("N", question.number(), "132", "61.25")), true));
        String page = mvc.perform(get("/evaluation/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                .andReturn().getResponse().getContentAsString();
        String category = question.category().name();
        int table = page.indexOf("<caption>" + category + " ");
        String categoryTable = page.substring(table, page.indexOf("</table>", table));
        org.assertj.core.api.Assertions.assertThat(categoryTable)
                .contains("survey-beside", question.text(), "61.3%（132人）");
    }

    private void acceptEverything() {
        answerEverything();
        CurrentActor.asSystem(() -> evaluations.lifecycle().step(TSUSHIMA, YEAR, version(), EvaluationStep.SUBMIT, null));
        CurrentActor.asSystem(() -> evaluations.lifecycle().step(TSUSHIMA, YEAR, version(), EvaluationStep.ACCEPT, null));
    }

    private void answerEverything() {
        CurrentActor.asSystem(() -> {
            List<AnswerInput> answers = new ArrayList<>();
            for (Criterion c : sheets.sheet("42", YEAR).orElseThrow().criteria()) {
                answers.add(new AnswerInput(area, c.id(), Integer.toString(c.maxPoints()), null));
            }
            return evaluations.answers().saveAnswers(TSUSHIMA, YEAR, version(), answers);
        });
    }

    private long version() {
        return CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR).version());
    }

    private String path(String rest) {
        return "/evaluation/" + TSUSHIMA + "/" + YEAR.value() + rest;
    }
}
