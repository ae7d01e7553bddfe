package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.reference.MunicipalityCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The progress API against the real application and database (H2 here, PostgreSQL in the suite's second
 * pass), on Iki City's demo roadmap: every test uses fiscal years of its own, so they do not meet.
 * In the {@link PublishedDemoDataTest} context, beside the published-page tests.
 */
@PublishedDemoDataTest
class ProgressApiTest {

    static final String PASSWORD = "demo-pass-2026";
    static final RequestPostProcessor EDITOR = httpBasic("iki-editor", PASSWORD);
    static final RequestPostProcessor VIEWER = httpBasic("iki-viewer", PASSWORD);
    static final RequestPostProcessor OTHER_EDITOR = httpBasic("nagasaki-editor", PASSWORD);
    static final RequestPostProcessor REVIEWER = httpBasic("pref-reviewer", PASSWORD);
    static final RequestPostProcessor ADMIN = httpBasic("pref-admin", PASSWORD);

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    long id;
    RoadmapDocument iki;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        iki = CurrentActor.asSystem(() -> {
            long ikiId = roadmaps.list(ListScope.municipality(new MunicipalityCode("422100"))).stream()
                    .mapToLong(s -> s.id()).min().orElseThrow();
            return roadmaps.get(ikiId);
        });
        id = iki.roadmap().id();
    }

    RoadmapItem item(String title) {
        return iki.roadmap().items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    String body(Object value) {
        return json.writeValueAsString(value);
    }

    JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long activityCount() {
        return jdbc.sql("SELECT COUNT(*) FROM progress_activity WHERE roadmap_id = ?").param(id).query(Long.class).single();
    }

    void openRound(String year) throws Exception {
        int status = mvc.perform(post("/api/prefectures/42/progress/rounds").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("fiscalYear", year, "deadline", "2030-05-31")))).andReturn().getResponse().getStatus();
        assertThat(status).isIn(201, 409);
    }

    void rateAll(String year, String rating) throws Exception {
        for (RoadmapItem i : iki.roadmap().items()) {
            mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/{year}/YEAR_END", id, i.id(), year)
                            .with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                            .content(body(Map.of("done", "実施した", "rating", rating, "issues", "課題", "nextSteps", "対応"))))
                    .andExpect(status().isOk());
        }
    }

    // --- Activities and indicators --------------------------------------------------------------

    @Test
    void twoStudySessionsLoggedMakeAnActivityCountIndicatorShowTwoOfTwo() throws Exception {
        RoadmapItem discharge = item("退院支援");
        String name = "勉強会の回数-" + UUID.randomUUID();
        JsonNode indicator = read(mvc.perform(post("/api/roadmaps/{id}/progress/indicators", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("itemId", discharge.id(), "name", name, "unit", "回", "higherIsBetter", true,
                                "source", "ACTIVITY_COUNT", "kinds", List.of("研修会")))))
                .andExpect(status().isCreated()));
        long indicatorId = indicator.path("id").asLong();
        mvc.perform(put("/api/roadmaps/{id}/progress/indicators/{i}/values/2023", id, indicatorId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("target", "2"))))
                .andExpect(status().isOk());
        for (String date : List.of("2023-06-10", "2024-02-14")) {
            mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                            .content(body(Map.of("fiscalYear", "令和5年度", "itemId", discharge.id(), "kind", "研修会",
                                    "title", "退院前カンファレンス研修", "heldOn", date, "participants", "20",
                                    "professions", "医師、看護師"))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.fiscalYear.value").value(2023))
                    .andExpect(jsonPath("$.professions[1]").value("看護師"));
        }
        JsonNode overview = read(mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2023").with(EDITOR))
                .andExpect(status().isOk()));
        JsonNode figures = null;
        for (JsonNode it : overview.path("items")) {
            for (JsonNode ind : it.path("indicators")) {
                if (ind.path("id").asLong() == indicatorId) {
                    for (JsonNode y : ind.path("years")) {
                        if (y.path("fiscalYear").path("value").asInt() == 2023) {
                            figures = y;
                        }
                    }
                }
            }
        }
        assertThat(figures).isNotNull();
        assertThat(figures.path("actual").decimalValue()).isEqualByComparingTo("2");
        assertThat(figures.path("target").decimalValue()).isEqualByComparingTo("2");
        assertThat(figures.path("onTarget").asBoolean()).isTrue();
        // The actual of a counted indicator cannot be typed in.
        mvc.perform(put("/api/roadmaps/{id}/progress/indicators/{i}/values/2023", id, indicatorId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("target", "2", "actual", "5"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("progress.indicator.actualComputed"));
    }

    @Test
    void badArrowStatusNamesItsStatusDateAndNoteTogetherAndKeepsTheStatusItHad() throws Exception {
        String arrowId = item("退院支援").arrows().get(0).id();
        String before = mvc.perform(get("/api/roadmaps/{id}/progress", id).with(EDITOR)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(put("/api/roadmaps/{id}/progress/arrows/{a}", id, arrowId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("status", "FINISHED", "notedOn", "2025-13-40", "note", "あ".repeat(401)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("status")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("notedOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("note")));
        String after = mvc.perform(get("/api/roadmaps/{id}/progress", id).with(EDITOR)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void badActivityInputNamesEveryFieldInJapaneseOrEnglishAndSavesNothing() throws Exception {
        long before = activityCount();
        Map<String, String> bad = Map.of("fiscalYear", "2024", "itemId", item("退院支援").id(), "kind", "宴会",
                "title", "研修", "heldOn", "2024-03-01", "participants", "-3", "professions", "魔法使い");
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(body(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("professions")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("種類「宴会」はありません"))));
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).param("lang", "en").with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("fiscalYear", "2024", "itemId", item("退院支援").id(), "kind", "会議",
                                "title", "研修", "heldOn", "2024-03-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("outside FY2024 (Reiwa 6)")));
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("fiscalYear", "2030", "itemId", item("退院支援").id(), "kind", "会議",
                                "title", "研修", "heldOn", "2030-05-01", "participants", "多数"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("progress.year.outsideRoadmap")))
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("progress.count.notANumber")));
        assertThat(activityCount()).isEqualTo(before);
    }

    @Test
    void onlyTheMunicipalitysEditorRecordsProgress() throws Exception {
        String activity = body(Map.of("fiscalYear", "2026", "itemId", item("退院支援").id(), "kind", "会議",
                "title", "会議", "heldOn", "2026-05-01"));
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(VIEWER).contentType(MediaType.APPLICATION_JSON)
                .content(activity)).andExpect(status().isForbidden());
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(OTHER_EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(activity)).andExpect(status().isForbidden());
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content(activity)).andExpect(status().isForbidden());
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).contentType(MediaType.APPLICATION_JSON)
                .content(activity)).andExpect(status().isUnauthorized());
    }

    // --- Scale and evaluations ------------------------------------------------------------------

    @Test
    void aRatingNotOnThePrefecturesScaleIsRefusedAndTheScaleIsData() throws Exception {
        String itemId = item("在宅医療・介護提供体制の充実").id();
        mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2022/YEAR_END", id, itemId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("rating", "☆"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("◎ ○ △ × －")));
        mvc.perform(get("/api/prefectures/42/progress/settings").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scale[0].symbol").value("◎"))
                .andExpect(jsonPath("$.scale[0].label").value("達成できた"));
        String scale = "◎ 達成できた 達成\n○ 概ね達成できた 達成\n△ 達成はやや不十分 不十分\n× 全く不十分 不十分\n－ 未着手\n☆ 特に優れている 達成\n";
        mvc.perform(put("/api/prefectures/42/progress/settings", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("scale", scale)))).andExpect(status().isForbidden());
        try {
            mvc.perform(put("/api/prefectures/42/progress/settings").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                            .content(body(Map.of("scale", scale))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.scale[5].symbol").value("☆"));
            mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2022/YEAR_END", id, itemId).with(EDITOR)
                            .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("rating", "☆", "done", "実施した"))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rating").value("☆"));
        } finally {
            mvc.perform(put("/api/prefectures/42/progress/settings").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("scale", RatingScaleTest.DEFAULT)))).andExpect(status().isOk());
        }
        mvc.perform(put("/api/prefectures/42/progress/settings").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("scale", "◎ 達成\n◎ 再び\n"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aYearEndReportWithUnratedItemsIsRefusedWithTheirNames() throws Exception {
        openRound("2021");
        mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2021/YEAR_END", id, item("退院支援").id())
                .with(EDITOR).contentType(MediaType.APPLICATION_JSON).content(body(Map.of("rating", "○"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2021/submit", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", 0))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(iki.roadmap().items().size() - 1))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("未評価: B サービス提供人材の確保")));
    }

    @Test
    void aReportGoesFromDraftThroughReturnToPublishedAndThePublicReadsIt() throws Exception {
        openRound("2024");
        rateAll("2024", "○");
        mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2024")).andExpect(status().isNotFound());
        JsonNode report = read(mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/submit", id).with(EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", 0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED")));
        long version = report.path("version").asLong();
        // Submitted: the municipality can no longer change the year's evaluations.
        mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2024/YEAR_END", id, item("退院支援").id())
                .with(EDITOR).contentType(MediaType.APPLICATION_JSON).content(body(Map.of("rating", "◎"))))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/accept", id).with(EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", version)))).andExpect(status().isForbidden());
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/return", id).with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", version))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        report = read(mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/return", id).with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", version, "comment", "B の課題を具体的に"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED")));
        version = report.path("version").asLong();
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/submit", id).with(EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", version - 1)))).andExpect(status().isConflict());
        report = read(mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/submit", id).with(EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", version)))).andExpect(status().isOk()));
        report = read(mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/accept", id).with(REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", report.path("version").asLong()))))
                .andExpect(status().isOk()));
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2024/publish", id).with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("version", report.path("version").asLong()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.items[0].yearEnd.rating").value("○"))
                .andExpect(jsonPath("$.nextSteps.length()").value(0));
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE roadmap_id = ? AND action LIKE 'progress.report.%'")
                .param(id).query(String.class).list();
        assertThat(actions).contains("progress.report.submit", "progress.report.return", "progress.report.accept",
                "progress.report.publish");
    }

    @Test
    void thePublicSeesPublishedYearsOnly() throws Exception {
        mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.visibleYears[*].value").value(hasItem(2025)));
        mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2026")).andExpect(status().isNotFound());
        mvc.perform(get("/api/roadmaps/{id}/progress/activities", id).param("year", "2026")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/roadmaps/{id}/progress", id).param("year", "2026").with(VIEWER)).andExpect(status().isOk());
    }

    // --- CSV ------------------------------------------------------------------------------------

    static final String HEADER = "年度,区分,項目,工程,種類,名称,日付,参加人数,職種,備考\r\n";

    MockMultipartFile csv(byte[] bytes) {
        return new MockMultipartFile("file", "activities.csv", "text/csv", bytes);
    }

    @Test
    void importsAShiftJisCsvThroughAPreviewKeptInTheDatabase() throws Exception {
        String marker = "CSV取込-" + UUID.randomUUID().toString().substring(0, 8);
        String text = HEADER + "2022,A,退院支援,,研修会," + marker + ",2022/6/1,12,医師・看護師,①回目\r\n"
                + "2022,G,地域ケア会議・地域ケア推進会議の機能達成,,会議," + marker + ",2022-07-01,8,,\r\n";
        long before = activityCount();
        JsonNode preview = read(mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id)
                        .file(csv(text.getBytes(java.nio.charset.Charset.forName("windows-31j")))).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(true))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.firstRows[0].note").value("①回目")));
        String token = preview.path("token").asString();
        assertThat(activityCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT row_count FROM progress_csv_preview WHERE token = ?").param(token).query(Integer.class).single())
                .isEqualTo(2);
        mvc.perform(post("/api/progress/imports/{token}", token).with(OTHER_EDITOR)).andExpect(status().isNotFound());
        mvc.perform(post("/api/progress/imports/{token}", token).with(EDITOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(2));
        assertThat(activityCount()).isEqualTo(before + 2);
        mvc.perform(post("/api/progress/imports/{token}", token).with(EDITOR)).andExpect(status().isNotFound());
    }

    @Test
    void aCsvWithAnyBadRowSavesNothingAndNamesRowAndField() throws Exception {
        String text = HEADER + "2022,A,退院支援,,研修会,研修,2022-06-01,12,,\r\n"
                + "2022,A,退院支援,,研修会,研修,2023-06-01,-4,,\r\n"
                + "2022,A,ない項目,,宴会,研修,2022-06-01,,,\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        long before = activityCount();
        mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id).file(csv(utf8)).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.token").doesNotExist())
                .andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString("行 3: 日付 — 日付 2023-06-01 は 2022年度(令和4年度) の期間外です"))))
                .andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString("行 4: 項目"))))
                .andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString("行 4: 種類"))));
        mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id).param("lang", "en")
                        .file(csv(("年度,項目\r\n2022,退院支援\r\n").getBytes(StandardCharsets.UTF_8))).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("There is no column \"種類\".")));
        mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id)
                        .file(csv(new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF, (byte) 0x80})).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("progress.csv.encoding"));
        mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id).file(csv(new byte[5 * 1024 * 1024 + 1])).with(EDITOR))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(multipart("/api/roadmaps/{id}/progress/activities/csv", id).file(csv(utf8)).with(VIEWER))
                .andExpect(status().isForbidden());
        assertThat(activityCount()).isEqualTo(before);
    }

    @Test
    void theCsvDownloadIsUtf8WithBomAndNeverAFormula() throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/progress/activities", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("fiscalYear", "2022", "itemId", item("退院支援").id(), "kind", "周知",
                        "title", "=HYPERLINK(\"http://evil.example\",\"click\")", "heldOn", "2022-09-09")))).andExpect(status().isCreated());
        byte[] bytes = mvc.perform(get("/api/roadmaps/{id}/progress/activities.csv", id).param("year", "2022").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"年度\",\"区分\",\"項目\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(text).doesNotContain(",\"=HYPERLINK");
    }

    // --- Roll-up and workbook -------------------------------------------------------------------

    @Test
    void thePrefectureRollsUpEachMunicipalitysRatings() throws Exception {
        JsonNode rollUp = read(mvc.perform(get("/api/prefectures/42/progress").param("year", "2025").with(REVIEWER))
                .andExpect(status().isOk()));
        JsonNode ikiRow = null;
        for (JsonNode row : rollUp.path("municipalities")) {
            if (row.path("municipalityCode").asString().equals("422100")) {
                ikiRow = row;
            }
        }
        assertThat(ikiRow).isNotNull();
        assertThat(ikiRow.path("status").asString()).isEqualTo("PUBLISHED");
        JsonNode total = ikiRow.path("rollUp").path("total");
        assertThat(total.path("items").asInt()).isEqualTo(iki.roadmap().items().size());
        assertThat(total.path("unrated").asInt()).isZero();
        assertThat(total.path("perRating").path("◎").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ikiRow.path("rollUp").path("categories").path("A").path("perRating").path("◎").asInt()).isEqualTo(1);
        // The demo's 自立支援型地域ケア会議 met eleven times against twelve in FY2025.
        assertThat(total.path("indicatorsMeasured").asInt()).isGreaterThan(total.path("indicatorsOnTarget").asInt());
        assertThat(rollUp.path("total").path("total").path("items").asInt()).isGreaterThanOrEqualTo(iki.roadmap().items().size());
        assertThat(rollUp.path("trends").findValuesAsString("label")).contains("2025年度(令和7年度)");
        mvc.perform(get("/api/prefectures/42/progress").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/prefectures/13/progress").with(REVIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/prefectures/42/progress").param("sort", "nonsense").with(REVIEWER)).andExpect(status().isBadRequest());
    }

    @Test
    void thePublishedReportDownloadsAsAWorkbookWithTheGoalsSheet() throws Exception {
        byte[] bytes = mvc.perform(get("/api/roadmaps/{id}/progress/xlsx", id).param("year", "2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet roadmapSheet = workbook.getSheetAt(0);
            assertThat(roadmapSheet.getSheetName()).isEqualTo("工程表と実績");
            assertThat(roadmapSheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(roadmapSheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            assertThat(roadmapSheet.getRepeatingRows()).isNotNull();
            XSSFSheet goals = workbook.getSheet("取組と目標");
            assertThat(goals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("区分");
            assertThat(goals.getRow(1).getCell(5).getStringCellValue()).isEqualTo("自己評価");
            boolean found = false;
            for (int r = 2; r <= goals.getLastRowNum(); r++) {
                if (goals.getRow(r).getCell(1).getStringCellValue().equals("退院支援")) {
                    assertThat(goals.getRow(r).getCell(5).getStringCellValue()).isEqualTo("◎ 達成できた");
                    assertThat(goals.getRow(r).getCell(3).getStringCellValue()).contains("目標 2 ／ 実績 2");
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(goals.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        }
        mvc.perform(get("/api/roadmaps/{id}/progress/xlsx", id).param("year", "2026")).andExpect(status().isNotFound());
    }
}
