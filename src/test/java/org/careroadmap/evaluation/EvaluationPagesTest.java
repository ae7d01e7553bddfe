package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The evaluation's pages and API through the whole web stack (security, CSRF, templates, error handling) on the
 * demo data: the public 構築状況 page and its CSV, every role's reach, and bad input that saves nothing.
 * Shares its application context with ReviewCycleTest (same properties).
 */
@SharedContextTest
class EvaluationPagesTest {

    static final String TSUSHIMA = "422096";  // no demo evaluation: each test makes its own
    static final RequestPostProcessor EDITOR = TestActors.editorOf(TSUSHIMA);
    static final RequestPostProcessor VIEWER = TestActors.viewerOf(TSUSHIMA);
    static final RequestPostProcessor IKI_EDITOR = TestActors.editorOf("422100");
    static final RequestPostProcessor REVIEWER = TestActors.prefectureReviewer();
    static final RequestPostProcessor ADMIN = TestActors.prefectureAdmin();
    static final FiscalYear YEAR = FiscalYear.of(2031);

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
    @Autowired
    MessageSource messages;

    MockMvc mvc;
    long area1;
    long area2;

    @BeforeEach
    void tsushimaWithTwoAreasAndAnOpenRound() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        CurrentActor.asSystem(() -> {
            jdbc.sql("DELETE FROM evaluation WHERE municipality_code = ?").param(TSUSHIMA).update();
            jdbc.sql("DELETE FROM base_figures WHERE municipality_code = ?").param(TSUSHIMA).update();
            jdbc.sql("DELETE FROM daily_living_area WHERE municipality_code = ?").param(TSUSHIMA).update();
            if (sheets.sheet("42", YEAR).isEmpty()) {
                sheets.create(Integer.toString(YEAR.value()));
                evaluations.rounds().openRound(Integer.toString(YEAR.value()), "2032-06-30");
            }
            area1 = areas.add(TSUSHIMA, AreaInput.read("N", "上県", "上県町・上対馬町", "2017", null)).id();
            area2 = areas.add(TSUSHIMA, AreaInput.read("S", "=HYPERLINK(\"http://x\")", "formula-looking name", "2017", null)).id();
            return null;
        });
    }

    EvaluationSheet sheet() {
        return sheets.sheet("42", YEAR).orElseThrow();
    }

    long version() {
        return CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR).version());
    }

    String path(String rest) {
        return "/evaluation/" + TSUSHIMA + "/" + YEAR.value() + rest;
    }

    @Test
    void theDemoPublishesIkisLatestYearWithRadarAndTableForEveryone() throws Exception {
        mvc.perform(get("/status/422100")).andExpect(redirectedUrl("/status/422100/2025"));
        mvc.perform(get("/status/422100/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("壱岐市の地域包括ケアシステムの構築状況"),
                        containsString("<svg"), containsString("role=\"img\""), containsString("class=\"list shares\""),
                        containsString("郷ノ浦"), containsString("課題認識"), containsString("特徴・主な取り組み"),
                        containsString("2025年度(令和7年度)"), not(containsString("demo-editor")))));
        long ikiRoadmap = jdbc.sql("SELECT id FROM roadmap WHERE municipality_code = '422100' AND status = 'PUBLISHED'")
                .query(Long.class).list().get(0);
        mvc.perform(get("/roadmaps/" + ikiRoadmap)).andExpect(content().string(containsString("href=\"/status/422100\"")));
        mvc.perform(get("/public/422100")).andExpect(content().string(containsString("/status/422100/2025")));
        mvc.perform(get("/status/422100/2025").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("FY2025 (Reiwa 7)"), containsString("achievement per category"))));
    }

    @Test
    void anUnpublishedYearIsNotFoundForThePublicAndHiddenFromOtherMunicipalities() throws Exception {
        mvc.perform(get("/status/422070/2025")).andExpect(status().isNotFound());  // 平戸市: accepted, not published
        mvc.perform(get("/api/status/422070/2025")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/evaluation/422070/2025").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/evaluation/422070/2025").with(IKI_EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluations/422070/2025").with(IKI_EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/422070/2025").with(REVIEWER)).andExpect(status().isOk());
        mvc.perform(get("/evaluation").with(IKI_EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation").param("year", "2025").with(REVIEWER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("壱岐市"), containsString("share-"))));
    }

    @Test
    void aWholeCycleEndsInAPublicPageWhoseCsvIsSafeToOpenInExcel() throws Exception {
        saveAllAnswers("1");
        mvc.perform(post(path("/texts")).with(EDITOR).with(csrf()).param("version", Long.toString(version()))
                .param("kind", "ISSUE").param("category", "E").param("body", "担い手が足りない"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        mvc.perform(post(path("/texts")).with(EDITOR).with(csrf()).param("version", Long.toString(version()))
                .param("kind", "FEATURE").param("body", "市町が書く特徴"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/submit")).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        mvc.perform(post(path("/accept")).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/hearing")).with(REVIEWER).with(csrf()).param("version", Long.toString(version()))
                .param("hearingDate", "2032-07-20").param("participants", "県・市"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        mvc.perform(post(path("/texts")).with(REVIEWER).with(csrf()).param("version", Long.toString(version()))
                .param("kind", "FEATURE").param("body", "島内の連携が進んでいる"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        mvc.perform(post(path("/accept")).with(REVIEWER).with(csrf()).param("version", Long.toString(version())));
        mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value())).andExpect(status().isNotFound());
        String keptPagesStateBefore = evaluations.views().publishedState();
        mvc.perform(post(path("/publish")).with(REVIEWER).with(csrf()).param("version", Long.toString(version())))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        assertThat(evaluations.views().publishedState()).as("kept staff pages see the publication")
                .isNotEqualTo(keptPagesStateBefore);

        mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("担い手が足りない"), containsString("島内の連携が進んでいる"),
                        containsString("100%"), containsString("概ね構築"))));
        byte[] csv = mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value() + "/data.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("全国地方公共団体コード,");
        assertThat(lines).hasSize(1 + 2 * sheet().criteria().size());
        assertThat(lines.get(1)).startsWith(TSUSHIMA + ",対馬市,");
        assertThat(lines).anyMatch(l -> l.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        assertThat(lines).noneMatch(l -> l.contains(",=HYPERLINK") || l.contains(",\"=HYPERLINK"));
        mvc.perform(get("/api/status/" + TSUSHIMA + "/" + YEAR.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCode").value(TSUSHIMA))
                .andExpect(jsonPath("$.percentPerCategory.A").value(100))
                .andExpect(jsonPath("$.mostlyBuiltAreas").value(2))
                .andExpect(jsonPath("$.answers").isEmpty());
        String svg = mvc.perform(get("/status/" + TSUSHIMA + "/" + YEAR.value() + "/radar.svg"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(10 * 1024);
        mvc.perform(post(path("/texts")).with(REVIEWER).with(csrf()).param("version", Long.toString(version()))
                .param("kind", "FEATURE").param("body", "公開後の追記"))
                .andExpect(status().isConflict());
    }

    @Test
    void theHeaderLinkLeadsEachRoleToItsOwnPageAndTheEditorKeepsTheAreas() throws Exception {
        mvc.perform(get("/evaluation/home").with(REVIEWER)).andExpect(redirectedUrl("/evaluation"));
        mvc.perform(get("/evaluation/home").with(EDITOR)).andExpect(redirectedUrl("/evaluation/" + TSUSHIMA));
        mvc.perform(get("/evaluation/" + TSUSHIMA).with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("上県"), containsString("2031年度(令和13年度)"),
                        containsString("圏域を追加"))));
        mvc.perform(get("/evaluation/" + TSUSHIMA).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("上県"), not(containsString("圏域を追加")))));
        mvc.perform(get("/evaluation/" + TSUSHIMA).with(IKI_EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/" + TSUSHIMA + "/areas").with(EDITOR).with(csrf()).param("code", "N")
                        .param("name", "重複").param("firstYear", "2020"))
                .andExpect(status().isConflict());
        mvc.perform(post("/evaluation/" + TSUSHIMA + "/areas").with(EDITOR).with(csrf()).param("code", "bad code!")
                        .param("name", "").param("firstYear", "R2").param("retiredFromYear", "2019"))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItems(containsString("圏域コード"),
                        containsString("名称"), containsString("廃止する年度"))));
        DailyLivingArea area = areas.find(TSUSHIMA, area2);
        mvc.perform(post("/evaluation/" + TSUSHIMA + "/areas/" + area2).with(EDITOR).with(csrf())
                        .param("version", Long.toString(area.version())).param("code", "S").param("name", area.name())
                        .param("description", "").param("firstYear", "2017").param("retiredFromYear", "2031"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        assertThat(CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR)).areas()).extracting(DailyLivingArea::id)
                .containsExactly(area1);
        mvc.perform(get(path("")).with(EDITOR).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("FY2031 (Reiwa 13)"), containsString("Save answers"))));
    }

    @Test
    void anAnswerOutsideItsTypeIsShownAgainWithTheMessageAndNothingIsSaved() throws Exception {
        Criterion first = sheet().criteria().get(0);
        mvc.perform(post(path("/answers")).with(EDITOR).with(csrf()).param("version", Long.toString(version()))
                        .param("a." + area1 + "." + first.id(), "7")
                        .param("a." + area2 + "." + first.id(), "1")
                        .param("n." + area2 + "." + first.id(), "議事録あり"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("回答は0～1の範囲で選んでください"),
                        containsString("value=\"議事録あり\""))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_answer a JOIN evaluation e ON e.id = a.evaluation_id WHERE e.municipality_code = ?")
                .param(TSUSHIMA).query(Long.class).single()).isZero();
        mvc.perform(post(path("/answers")).with(VIEWER).with(csrf()).param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(path("/answers")).with(IKI_EDITOR).with(csrf()).param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesAnAreaOfAnotherMunicipalityAndAStaleVersion() throws Exception {
        saveAllAnswers("1");
        long ikiArea = jdbc.sql("SELECT id FROM daily_living_area WHERE municipality_code = '422100' ORDER BY id").query(Long.class).list().get(0);
        long criterion = sheet().criteria().get(0).id();
        long v = version();
        mvc.perform(put("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value() + "/answers").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"answers\":[{\"areaId\":" + ikiArea + ",\"criterionId\":" + criterion + ",\"points\":\"1\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer." + ikiArea + "." + criterion))
                .andExpect(jsonPath("$.errors[0].code").value("evaluation.answer.area.unknown"));
        mvc.perform(put("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value() + "/answers").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (v - 1) + ",\"answers\":[]}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/evaluations/" + TSUSHIMA + "/" + YEAR.value()).with(EDITOR))
                .andExpect(jsonPath("$.answers.length()").value(2 * sheet().criteria().size()))
                .andExpect(jsonPath("$.version").value(v));
    }

    @Test
    void aChangeWithoutItsVersionIsRefusedWith428OnPagesAndInTheApiAndIfMatchStandsInForIt() throws Exception {
        saveAllAnswers("1");
        long v = version();
        mvc.perform(post(path("/texts")).with(EDITOR).with(csrf()).param("kind", "ISSUE").param("category", "E")
                .param("body", "版なし")).andExpect(status().isPreconditionRequired());
        mvc.perform(post(path("/submit")).with(EDITOR).with(csrf()).param("version", "x"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/evaluation/sheets/" + YEAR.value() + "/questions").with(ADMIN).with(csrf())
                .param("category", "A").param("text", "版なし")).andExpect(status().isPreconditionRequired());
        String api = "/api/evaluations/" + TSUSHIMA + "/" + YEAR.value();
        mvc.perform(put(api + "/answers").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[]}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post(api + "/submit").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired());
        assertThat(version()).isEqualTo(v);
        String etag = mvc.perform(get(api).with(EDITOR)).andExpect(header().string("ETag", "\"" + v + "\""))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(post(api + "/submit").with(EDITOR).with(csrf()).header("If-Match", "W/" + etag))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void theFormsTakeTheirLengthLimitsFromTheRulesThatCheckThem() throws Exception {
        saveAllAnswers("1");
        mvc.perform(get(path("")).with(REVIEWER)).andExpect(content().string(allOf(
                containsString("name=\"participants\" size=\"40\" maxlength=\"" + Hearings.MAX_PARTICIPANTS + "\""),
                containsString("name=\"body\" rows=\"3\" maxlength=\"" + Hearings.MAX_TEXT + "\""))));
        mvc.perform(get(path("")).with(EDITOR)).andExpect(content().string(
                containsString("size=\"12\" maxlength=\"" + EvaluationAnswers.MAX_NOTE + "\"")));
        // The sheet of YEAR is frozen by its open round: a year without a round still shows its forms.
        FiscalYear open = FiscalYear.of(2041);
        CurrentActor.asSystem(() -> sheets.sheet("42", open).isPresent() ? null : sheets.create("2041"));
        mvc.perform(get("/evaluation/sheets/" + open.value()).with(ADMIN)).andExpect(content().string(allOf(
                containsString("maxlength=\"" + EvaluationSheet.MAX_LABEL + "\""),
                containsString("name=\"text\" size=\"60\" maxlength=\"" + Criterion.MAX_TEXT + "\""))));
    }

    @Test
    void aSurveyFileWithAnUnknownQuestionOrAreaNamesTheRowsAndSavesNothing() throws Exception {
        saveAllAnswers("0");
        String csv = "圏域コード,設問番号,回答者数,割合\nN,Q1,120,55.5\nX,Q1,10,50\nS,Q99,10,50\nS,Q2,-1,101\n";
        mvc.perform(multipart(path("/survey/import")).file(new MockMultipartFile("file", "survey.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("version", Long.toString(version())).with(EDITOR).with(csrf()))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItems(
                        containsString("2行目"), containsString("「X」"), containsString("「Q99」"),
                        containsString("回答者数は0以上"), containsString("割合は0～100"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_survey_result s JOIN evaluation e ON e.id = s.evaluation_id WHERE e.municipality_code = ?")
                .param(TSUSHIMA).query(Long.class).single()).isZero();
        mvc.perform(multipart(path("/survey/import")).file(new MockMultipartFile("file", "survey.csv", "text/csv",
                        "h\nN,Q1,120,55.5\nS,q2,80,40%\n".getBytes(StandardCharsets.UTF_8))).param("version", Long.toString(version()))
                        .with(EDITOR).with(csrf()))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        assertThat(CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR)).surveyResult(area1, sheet().question("Q1").orElseThrow().id()))
                .isEqualTo(new EvaluationView.SurveyResult(120, new java.math.BigDecimal("55.5")));
    }

    @Test
    void submittingWithMissingAnswersIsRefusedWithTheCount() throws Exception {
        Criterion first = sheet().criteria().get(0);
        mvc.perform(post(path("/answers")).with(EDITOR).with(csrf()).param("version", "0")
                .param("a." + area1 + "." + first.id(), "1"));
        mvc.perform(post(path("/submit")).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItem(
                        containsString("未回答が" + (2 * sheet().criteria().size() - 1) + "件"))));
        assertThat(CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR)).status()).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void baseFiguresOutOfRangeAreRefusedAndABigJumpIsFlaggedUntilConfirmed() throws Exception {
        mvc.perform(post(path("/figures")).with(EDITOR).with(csrf()).param("asOf", "2032-03-31")
                        .param("totalPopulation", "28000").param("careCertifiedRate", "140"))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItem(containsString("0～100"))));
        CurrentActor.asSystem(() -> evaluations.figures().saveFigures(TSUSHIMA, YEAR.plus(-1),
                java.util.Map.of("asOf", "2031-03-31", "totalPopulation", "28000", "elderly", "11000"), false));
        mvc.perform(post(path("/figures")).with(EDITOR).with(csrf()).param("asOf", "2032-03-31")
                        .param("totalPopulation", "42000").param("elderly", "11200"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        EvaluationView view = CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR));
        assertThat(view.figures().totalPopulation()).isEqualTo(42000);
        assertThat(view.figures().elderlyRate()).isEqualByComparingTo("26.7");
        assertThat(view.suspiciousFigures()).contains("totalPopulation", "elderlyRate");
        mvc.perform(get(path("")).with(EDITOR)).andExpect(content().string(containsString("20%を超えて変わっています")));
        mvc.perform(post(path("/figures")).with(EDITOR).with(csrf()).param("asOf", "2032-03-31")
                .param("totalPopulation", "42000").param("elderly", "11200").param("confirm", "true"));
        assertThat(CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR)).suspiciousFigures()).isEmpty();
    }

    @Test
    void onlyTheAdministratorChangesTheSheetAndAFrozenSheetStaysAsItIs() throws Exception {
        mvc.perform(post("/evaluation/sheets/" + YEAR.value() + "/criteria").with(REVIEWER).with(csrf())
                .param("version", Long.toString(sheet().version())).param("category", "A").param("text", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/sheets/" + YEAR.value() + "/criteria").with(ADMIN).with(csrf())
                        .param("version", Long.toString(sheet().version())).param("category", "A").param("text", "x"))
                .andExpect(status().isConflict());
        mvc.perform(get("/evaluation/sheets/" + YEAR.value()).with(REVIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("変更できません")));
        mvc.perform(get("/evaluation/sheets/" + YEAR.value()).with(EDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void baseFiguresComeFromACsvAllOrNothingWithTheBadCellsNamed() throws Exception {
        String bad = "年度,時点,総人口,高齢者数,要介護認定率\n2030,2031-03-31,28000,11000,15.2\n2031,2032-03-31,二万,11200,150\n";
        mvc.perform(multipart(path("/figures/import")).file(new MockMultipartFile("file", "figures.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(EDITOR).with(csrf()))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItems(
                        containsString("3行目「総人口」"), containsString("3行目「要介護認定率」"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM base_figures WHERE municipality_code = ?").param(TSUSHIMA)
                .query(Long.class).single()).isZero();
        String good = "年度,総人口,高齢者数,要介護認定率\n2030,28000,11000,15.2\n2031,42000,11200,15.4\n";
        mvc.perform(multipart(path("/figures/import")).file(new MockMultipartFile("file", "figures.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(path("/figures/import")).file(new MockMultipartFile("file", "figures.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(EDITOR).with(csrf()))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        EvaluationView view = CurrentActor.asSystem(() -> evaluations.views().view(TSUSHIMA, YEAR));
        assertThat(view.figures().asOf()).isEqualTo(java.time.LocalDate.of(2032, 3, 31));
        assertThat(view.figures().elderlyRate()).isEqualByComparingTo("26.7");
        assertThat(view.suspiciousFigures()).contains("totalPopulation");
    }

    @Test
    void theAdministratorReplacesAnOpenSheetFromAnExcelListOnlyWhenEveryRowIsGood() throws Exception {
        FiscalYear open = FiscalYear.of(2040);
        EvaluationSheet before = CurrentActor.asSystem(() -> sheets.sheet("42", open).orElseGet(() -> sheets.create("2040")));
        byte[] bad = CriteriaFileTest.workbook(new Object[] {"区分", "評価項目", "重み"},
                new Object[] {"A", "良い行", 1}, new Object[] {"Q", "悪い区分", 1}, new Object[] {"B", "", 1});
        mvc.perform(multipart("/evaluation/sheets/2040/import").file(new MockMultipartFile("file", "list.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad))
                        .param("version", Long.toString(before.version())).with(ADMIN).with(csrf()))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItems(containsString("3行目: 区分「Q」"),
                        containsString("4行目"))));
        assertThat(sheets.sheet("42", open).orElseThrow().criteria()).hasSameSizeAs(before.criteria());
        byte[] good = CriteriaFileTest.workbook(new Object[] {"区分", "評価項目", "回答方式", "配点"},
                new Object[] {"A", "入退院支援", "達成/未達成", null}, new Object[] {"H", "相談窓口", "段階", 4});
        mvc.perform(multipart("/evaluation/sheets/2040/import").file(new MockMultipartFile("file", "list.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good))
                        .param("version", Long.toString(before.version())).with(REVIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/evaluation/sheets/2040/import").file(new MockMultipartFile("file", "list.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good))
                        .param("version", Long.toString(before.version())).with(ADMIN).with(csrf()))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        assertThat(sheets.sheet("42", open).orElseThrow().criteria()).extracting(Criterion::text).containsExactly("入退院支援", "相談窓口");
        mvc.perform(get("/evaluation/sheets/2040").with(ADMIN))
                .andExpect(content().string(allOf(containsString("評価項目のない区分があります: B・C・D・E・F・G"), containsString("相談窓口"))));
    }

    @Test
    void aTooLongHearingParticipantsListIsToldBesideItsFieldAndNothingIsSaved() throws Exception {
        saveAllAnswers("1");
        long before = version();
        var refused = mvc.perform(post(path("/hearing")).with(REVIEWER).with(csrf()).param("version", Long.toString(before))
                        .param("hearingDate", "2032-07-20").param("participants", "県".repeat(Hearings.MAX_PARTICIPANTS + 1)))
                .andExpect(flash().attributeExists("fieldErrors")).andReturn();

        String page = mvc.perform(get(path("")).with(REVIEWER).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String message = messages.getMessage("evaluation.text.tooLong", new Object[] {Hearings.MAX_PARTICIPANTS}, Locale.JAPANESE);
        // The message stands right after the participants' input, which points at it; the date's input has none.
        assertThat(page).containsPattern(Pattern.compile("<input[^>]*id=\"hearing-participants\"[^>]*"
                + "aria-invalid=\"true\"[^>]*aria-describedby=\"e-participants\"[^>]*>\\s*"
                + "<span class=\"field-error\" id=\"e-participants\">" + Pattern.quote(message) + "</span>"));
        assertThat(page).doesNotContain("id=\"e-hearingDate\"");
        CurrentActor.asSystem(() -> {
            assertThat(evaluations.views().view(TSUSHIMA, YEAR).hearingParticipants()).as("nothing saved").isNull();
            return null;
        });
        assertThat(version()).isEqualTo(before);
    }

    private void saveAllAnswers(String points) throws Exception {
        var request = post(path("/answers")).with(EDITOR).with(csrf()).param("version", Long.toString(version()));
        for (Criterion c : sheet().criteria()) {
            request.param("a." + area1 + "." + c.id(), c.maxPoints() == 1 ? points : points.equals("1") ? Integer.toString(c.maxPoints()) : "0");
            request.param("a." + area2 + "." + c.id(), c.maxPoints() == 1 ? points : points.equals("1") ? Integer.toString(c.maxPoints()) : "0");
        }
        mvc.perform(request).andExpect(flash().attribute("saved", "evaluation.saved"));
    }
}
