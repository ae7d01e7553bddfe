package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource map's pages, downloads, import and API as each kind of reader gets them, on the demo data for
 * 壱岐市 (61 generated resources). The map is configured for self-hosted tiles here (a closed network).
 */
@SharedContextTest
class ResourceMapWebTest {

    static final String IKI = "422100";
    static final RequestPostProcessor IKI_EDITOR = TestActors.editorOf(IKI);
    static final RequestPostProcessor IKI_VIEWER = TestActors.viewerOf(IKI);
    static final RequestPostProcessor NAGASAKI_EDITOR = TestActors.editorOf("422011");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceService resources;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // Each test's own resources go; the demo's 61 stay.
        jdbc.sql("DELETE FROM resource WHERE source_id NOT LIKE 'DEMO%'").update();
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long demo(String kind) {
        return jdbc.sql("SELECT MIN(id) FROM resource WHERE kind_code = ? AND source_id LIKE 'DEMO%'").param(kind)
                .query(Long.class).single();
    }

    @Test
    void theFiltersLiveInTheAddressSoTheSameLinkShowsTheSameList() throws Exception {
        String html = page("/map/" + IKI + "?kind=visiting-nursing&night=1");

        assertThat(html).contains("訪問看護ステーション").contains("4件");
        assertThat(html).doesNotContain("オレンジカフェ").doesNotContain("診療所</a>");
        // Downloads and the booklet carry the same filter.
        assertThat(html).contains("/map/422100/booklet.pdf?kind=visiting-nursing&amp;night=1");
        assertThat(html).contains("<option value=\"visiting-nursing\" selected=\"selected\"");
        assertThat(page("/map/" + IKI + "?kind=visiting-nursing&night=1")).isEqualTo(html);
    }

    @Test
    void findsWhatIsOpenOnAWeekdayAndTimeAndWhatIsOpenDayAndNight() throws Exception {
        String sundayMorning = page("/map/" + IKI + "?day=sun&time=10:00");
        assertThat(sundayMorning).contains("ショートステイ").contains("ホーム</a>").doesNotContain("歯科医院</a>");
        String tuesday = page("/map/" + IKI + "?day=tue&time=10:00&kind=dental");
        assertThat(tuesday).contains("歯科医院").contains("5件");
        assertThat(page("/map/" + IKI + "?h24=1&eol=1")).contains("24時間対応").doesNotContain("オレンジカフェ");
    }

    @Test
    void searchesFreeTextWithTheRoadmapSearchFolding() throws Exception {
        assertThat(page("/map/" + IKI + "?q=ｵﾚﾝｼﾞｶﾌｪ")).contains("オレンジカフェ").contains("3件");
        assertThat(page("/map/" + IKI + "?q=おれんじかふぇ")).contains("3件");
    }

    @Test
    void anUnreadableFilterIsNamedAnd400WhileTheListStays() throws Exception {
        MvcResult result = mvc.perform(get("/map/" + IKI + "?day=tue&time=25:00")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("時間「25:00」はありえない時刻です").contains("resource-entry");
        MvcResult english = mvc.perform(get("/map/" + IKI + "?day=tue&time=25:00&lang=en")).andReturn();
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("The time &quot;25:00&quot; is impossible");
    }

    @Test
    void resourcesServeTheMunicipalitysDailyLivingAreasOfTheEvaluationModule() throws Exception {
        String katsumoto = page("/map/" + IKI + "?area=02");
        assertThat(katsumoto).contains("<option value=\"02\" selected=\"selected\">勝本</option>").contains("勝本町");
        assertThat(katsumoto).doesNotContain("郷ノ浦町本村触");
        MvcResult unknown = mvc.perform(post("/map/" + IKI + "/resources").with(IKI_EDITOR).with(csrf())
                .param("sourceId", "T-AREA").param("kind", "pharmacy").param("name", "圏域不明薬局").param("area", "99")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("日常生活圏域「99」はこの市町にありません");
        assertThat(page("/map/resources/" + demo("hospital"))).containsPattern("<dd>(郷ノ浦|勝本|芦辺|石田)</dd>");
    }

    @Test
    void thePublicPortalLinksToTheMunicipalitysMap() throws Exception {
        assertThat(page("/public/" + IKI)).contains("在宅・医療介護資源マップ").contains("資源 61件").contains("href=\"/map/422100\"");
    }

    @Test
    void theWholePrefectureHasAMapWithLinksToEachMunicipality() throws Exception {
        assertThat(page("/map")).contains("長崎県 在宅・医療介護資源マップ").contains("href=\"/map/422011\"").contains("61件");
    }

    @Test
    void eachResourceHasAPageWithItsNightCareHoursAndAQrCode() throws Exception {
        long id = demo("visiting-nursing");
        String html = page("/map/resources/" + id);
        Resource r = resources.get(id);
        assertThat(html).contains(r.content().name()).contains(r.content().night().contact())
                .contains("夜間・休日の対応").contains("<svg").contains("月曜日").contains("【デモ用の架空データ】");
        assertThat(mvc.perform(get("/map/resources/99999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/map/999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void withSelfHostedTilesThePageNamesNoOtherHost() throws Exception {
        MvcResult result = mvc.perform(get("/map/" + IKI)).andReturn();
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("img-src 'self' data:;");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-tile-url=\"/map/tiles/{z}/{x}/{y}.png\"").doesNotContain("cyberjapandata")
                .contains("/webjars/leaflet/dist/leaflet.js");
    }

    @Test
    void selfHostedTilesAnswerRangeRequests() throws Exception {
        Path dir = Path.of("target/test-tiles");
        Files.createDirectories(dir);
        byte[] archive = new byte[4096];
        for (int i = 0; i < archive.length; i++) {
            archive[i] = (byte) (i % 251);
        }
        System.arraycopy("PMTiles".getBytes(StandardCharsets.US_ASCII), 0, archive, 0, 7);
        Files.write(dir.resolve("iki.pmtiles"), archive);

        MvcResult range = mvc.perform(get("/map/tiles/iki.pmtiles").header("Range", "bytes=0-126")).andReturn();
        assertThat(range.getResponse().getStatus()).isEqualTo(206);
        assertThat(range.getResponse().getHeader("Content-Range")).isEqualTo("bytes 0-126/4096");
        assertThat(range.getResponse().getContentAsByteArray()).hasSize(127).startsWith("PMTiles".getBytes(StandardCharsets.US_ASCII));
        MvcResult middle = mvc.perform(get("/map/tiles/iki.pmtiles").header("Range", "bytes=1000-1009")).andReturn();
        assertThat(middle.getResponse().getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOfRange(archive, 1000, 1010));
    }

    @Test
    void exportsTheNationalLayoutsWithBomCodeFirstAndTheirFileNames() throws Exception {
        MvcResult care = mvc.perform(get("/map/" + IKI + "/care_service.csv")).andReturn();
        assertThat(care.getResponse().getHeader("Content-Disposition")).contains("422100_care_service.csv");
        byte[] bytes = care.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1)).startsWith("\"全国地方公共団体コード\",\"ID\",\"地方公共団体名\",\"介護サービス事業所名称\"");
        assertThat(text).contains("訪問看護ステーション").doesNotContain("診療所\"");
        String hospital = new String(mvc.perform(get("/map/" + IKI + "/hospital.csv?kind=clinic")).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(hospital).contains("\"診療所\"").doesNotContain("\"病院\"");
        JsonNode geo = JSON.readTree(mvc.perform(get("/map/" + IKI + "/resources.geojson")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(geo.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.path("features").size()).isEqualTo(61);
        assertThat(geo.path("features").get(0).path("geometry").path("coordinates").get(0).asDouble()).isBetween(129.6, 129.8);
    }

    @Test
    void formulaLikeTextIsExportedAsText() throws Exception {
        // Data written around the application (an SQL load): the export still neutralises it.
        long id = demo("hospital");
        jdbc.sql("UPDATE resource SET remarks = ?, phone = ? WHERE id = ?").params("=HYPERLINK(\"http://x\",\"y\")", "+81 920 00 0000", id).update();
        try {
            String text = new String(mvc.perform(get("/map/" + IKI + "/hospital.csv")).andReturn().getResponse()
                    .getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").contains("\"'+81 920 00 0000\"");
        } finally {
            jdbc.sql("UPDATE resource SET remarks = ?, phone = ? WHERE id = ?").params("【デモ用の架空データ】", "000-0101-1007", id).update();
        }
    }

    @Test
    void theMunicipalityEditorAddsChangesAndConfirmsAResource() throws Exception {
        MvcResult created = mvc.perform(post("/map/" + IKI + "/resources").with(IKI_EDITOR).with(csrf())
                .param("sourceId", "T-NEW-1").param("kind", "pharmacy").param("name", "テスト薬局")
                .param("hours.mon", "09:00-12:00, 13:00-18:00").param("nightContact", "000-1111-2222")
                .param("open24h", "true").param("latitude", "33.78").param("longitude", "129.70")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").trim().split(" ")[0]);
        Resource r = resources.get(id);
        assertThat(r.content().hours().text(1)).isEqualTo("09:00-12:00, 13:00-18:00");
        assertThat(r.confirmedOn()).isEqualTo(resources.today());
        assertThat(r.confirmedBy()).isEqualTo("editor-422100");

        MvcResult updated = mvc.perform(post("/map/resources/" + id).with(IKI_EDITOR).with(csrf())
                .param("version", Long.toString(r.version())).param("sourceId", "T-NEW-1").param("kind", "pharmacy")
                .param("name", "テスト薬局（本店）")).andReturn();
        assertThat(updated.getResponse().getStatus()).isEqualTo(302);
        assertThat(resources.get(id).content().name()).isEqualTo("テスト薬局（本店）");
        assertThat(resources.get(id).content().night().open24h()).isFalse();

        // The same old version again: someone saved meanwhile, so nothing is overwritten.
        MvcResult stale = mvc.perform(post("/map/resources/" + id).with(IKI_EDITOR).with(csrf())
                .param("version", Long.toString(r.version())).param("sourceId", "T-NEW-1").param("kind", "pharmacy")
                .param("name", "上書きしてはいけない")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("他の人がこの資源を変更しました");
        assertThat(resources.get(id).content().name()).isEqualTo("テスト薬局（本店）");

        List<HistoryEntry> history = CurrentActor.asSystem(() -> resources.history(id));
        assertThat(history).extracting(HistoryEntry::action).containsExactly("updated", "created");
        assertThat(history.get(0).detail()).contains("name: テスト薬局 → テスト薬局（本店）");
        assertThat(mvc.perform(get("/map/resources/" + id + "/history").with(IKI_VIEWER)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("テスト薬局（本店）");
    }

    @Test
    void badInputComesBackWithEveryProblemAndNothingSaved() throws Exception {
        MvcResult result = mvc.perform(post("/map/" + IKI + "/resources").with(IKI_EDITOR).with(csrf())
                .param("sourceId", "T-BAD").param("kind", "pharmacy").param("name", "")
                .param("hours.tue", "18:00-09:00").param("latitude", "95").param("longitude", "129.7")
                .param("remarks", "=HYPERLINK(\"x\")")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("名称を入力してください")
                .contains("終わり（09:00）が始まり（18:00）より前か同じです").contains("日本の範囲").contains("数式");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource WHERE source_id = 'T-BAD'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheMunicipalitysOwnEditorChangesItsResources() throws Exception {
        long id = demo("clinic");
        long version = resources.get(id).version();
        assertThat(mvc.perform(post("/map/resources/" + id + "/confirm").with(IKI_VIEWER).with(csrf()).param("version", "" + version))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/map/resources/" + id + "/confirm").with(NAGASAKI_EDITOR).with(csrf()).param("version", "" + version))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/map/" + IKI + "/resources/new").with(NAGASAKI_EDITOR)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult anonymous = mvc.perform(post("/map/resources/" + id + "/confirm").with(csrf()).param("version", "" + version)).andReturn();
        assertThat(anonymous.getResponse().getStatus() == 401 || String.valueOf(anonymous.getResponse().getRedirectedUrl()).contains("/login"))
                .as("anonymous is stopped: %s", anonymous.getResponse().getStatus()).isTrue();
        assertThat(mvc.perform(post("/map/resources/" + id + "/confirm").with(IKI_EDITOR).param("version", "" + version))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(resources.get(id).version()).isEqualTo(version);
        assertThat(page("/map/" + IKI)).doesNotContain("資源を追加");
    }

    @Test
    void entriesNotConfirmedForAYearAreMarkedAndListedAndConfirmingClearsThem() throws Exception {
        String stale = page("/map/" + IKI + "?stale=1");
        assertThat(stale).contains("情報確認日：");
        long id = jdbc.sql("SELECT MIN(id) FROM resource WHERE confirmed_on < ?").param(resources.today().minusMonths(12))
                .query(Long.class).single();
        assertThat(page("/map/resources/" + id)).contains("class=\"stale\"");
        long version = resources.get(id).version();
        try {
            assertThat(mvc.perform(post("/map/resources/" + id + "/confirm").with(IKI_EDITOR).with(csrf()).param("version", "" + version))
                    .andReturn().getResponse().getStatus()).isEqualTo(302);
            assertThat(resources.get(id).confirmedOn()).isEqualTo(resources.today());
            assertThat(page("/map/resources/" + id)).doesNotContain("class=\"stale\"");
        } finally {
            jdbc.sql("UPDATE resource SET confirmed_on = ? WHERE id = ?").params(resources.today().minusMonths(14), id).update();
        }
    }

    private String upload(String fixture) throws Exception {
        MvcResult result = mvc.perform(multipart("/map/" + IKI + "/import")
                .file(new MockMultipartFile("file", fixture, "text/csv", OpenDataReaderTest.fixture(fixture)))
                .with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void importsAfterAPreviewAndTheSameFileAgainChangesNothing() throws Exception {
        String preview = upload("care_current_utf8bom.csv");
        String html = new String(mvc.perform(get(preview).with(IKI_EDITOR)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("追加 2件、変更 0件、変更なし 0件").contains("UTF-8 (BOM)").contains("テストデイサービス");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource WHERE source_id IN ('C001','C003')").query(Long.class).single()).isZero();

        assertThat(mvc.perform(post(preview + "/apply").with(IKI_EDITOR).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        Resource nursing = CurrentActor.asSystem(() -> resources.all(IKI, ResourceFilter.NONE)).stream()
                .filter(r -> r.content().sourceId().equals("C001")).findFirst().orElseThrow();
        assertThat(nursing.content().services()).containsExactly("訪問看護", "介護予防訪問看護");
        assertThat(nursing.content().officeCode()).isEqualTo("42B0100011");
        // Applying twice is refused.
        assertThat(mvc.perform(post(preview + "/apply").with(IKI_EDITOR).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);

        String again = upload("care_current_cp932.csv");
        String second = new String(mvc.perform(get(again).with(IKI_EDITOR)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(second).contains("追加 0件、変更 0件、変更なし 2件").contains("Shift_JIS (cp932)");
        mvc.perform(post(again + "/apply").with(IKI_EDITOR).with(csrf()));
        assertThat(resources.get(nursing.id()).version()).isEqualTo(nursing.version());
    }

    @Test
    void applyingShowsTheOutcomeOnThePreviewAndASecondPressChangesNothing() throws Exception {
        String preview = upload("care_current_utf8bom.csv");
        String before = html(mvc.perform(get(preview).with(IKI_EDITOR)).andReturn());
        // While the one transaction runs, the button says so and cannot be pressed twice (app.js reads these).
        assertThat(before).contains("data-busy-text=\"反映しています。").contains("data-busy-status").contains("id=\"apply-import\"");

        MvcResult applied = mvc.perform(post(preview + "/apply").with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(preview);
        String outcome = html(mvc.perform(get(preview).with(IKI_EDITOR).flashAttrs(applied.getFlashMap())).andReturn());
        assertThat(outcome).contains("反映しました：追加 2件、変更 0件、変更なし 0件。").doesNotContain("id=\"apply-import\"");
        long nursing = jdbc.sql("SELECT id FROM resource WHERE municipality_code = ? AND source_id = 'C001'").param(IKI)
                .query(Long.class).single();
        long version = resources.get(nursing).version();

        MvcResult again = mvc.perform(post(preview + "/apply").with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(again)).contains("反映しませんでした。今回は何も変更していません。").doesNotContain("id=\"apply-import\"");
        assertThat(resources.get(nursing).version()).isEqualTo(version);

        MvcResult english = mvc.perform(post(preview + "/apply").param("lang", "en").with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(html(english)).contains("This import was not applied");
        assertThat(html(mvc.perform(get("/map/" + IKI + "/import").with(IKI_EDITOR)).andReturn()))
                .contains("data-busy-text=\"ファイルを読み込んでいます。");
    }

    private static String html(MvcResult result) throws Exception {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void anImportThatUpdatesShowsTheChangesFieldByField() throws Exception {
        mvc.perform(post(upload("care_current_utf8bom.csv") + "/apply").with(IKI_EDITOR).with(csrf()));
        String changed = new String(OpenDataReaderTest.fixture("care_current_utf8bom.csv"), StandardCharsets.UTF_8)
                .replace("000-0000-0002", "000-0000-0999");
        MvcResult result = mvc.perform(multipart("/map/" + IKI + "/import")
                .file(new MockMultipartFile("file", "changed.csv", "text/csv", changed.getBytes(StandardCharsets.UTF_8)))
                .with(IKI_EDITOR).with(csrf())).andReturn();
        String html = new String(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(IKI_EDITOR)).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("追加 0件、変更 1件、変更なし 1件").contains("<del>000-0000-0002</del> → <ins>000-0000-0999</ins>");
    }

    @Test
    void aFileWithProblemsShowsEveryLineAndColumnAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM resource").query(Long.class).single();
        String preview = upload("hospital_problems.csv");
        String html = new String(mvc.perform(get(preview).with(IKI_EDITOR)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("行 3 列「緯度」: 緯度「95.1」は日本の範囲（北緯20～46度）の外です。")
                .contains("行 2 列「医療機関の種類」").contains("行 6 列「ID」").contains("行 7 列「名称」")
                .doesNotContain("apply-import");
        assertThat(mvc.perform(post(preview + "/apply").with(IKI_EDITOR).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aFileOfNeitherLayoutOrEncodingIsRefusedWithAClearMessage() throws Exception {
        MvcResult result = mvc.perform(multipart("/map/" + IKI + "/import")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "名前,住所\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("どちらの形式");
    }

    @Test
    void theExportOfAnImportReadsBackIdentically() throws Exception {
        for (String fixture : List.of("hospital_current_utf8.csv", "care_old_utf8.csv")) {
            mvc.perform(post(upload(fixture) + "/apply").with(IKI_EDITOR).with(csrf()));
        }
        for (String dataset : List.of("hospital", "care_service")) {
            // Only what came from the files (their names hold テスト/旧形式); hand-entered demo hours are not one set of times.
            byte[] exported = mvc.perform(get("/map/" + IKI + "/" + dataset + ".csv?q=" + (dataset.equals("hospital") ? "テスト" : "旧形式")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(exported, StandardCharsets.UTF_8)).contains(dataset.equals("hospital") ? "テスト病院" : "旧形式ショートステイ");
            MvcResult result = mvc.perform(multipart("/map/" + IKI + "/import")
                    .file(new MockMultipartFile("file", "export.csv", "text/csv", exported)).with(IKI_EDITOR).with(csrf())).andReturn();
            String html = new String(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(IKI_EDITOR)).andReturn()
                    .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(html).as(dataset).containsPattern("追加 0件、変更 0件、変更なし \\d+件").doesNotContain("問題が");
        }
    }

    @Test
    void theApiSearchesWithTheSameFiltersAndAnswersProblemsAsProblemDetails() throws Exception {
        JsonNode list = JSON.readTree(mvc.perform(get("/api/resources?municipality=422100&kind=clinic&day=sat&time=10:00"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.path("count").asInt()).isEqualTo(10);
        assertThat(list.path("resources").get(0).path("hours").path("sat").get(0).asString()).isEqualTo("09:00-12:00");
        MvcResult bad = mvc.perform(get("/api/resources?municipality=422100&time=10:00")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).contains("application/problem+json");
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("曜日も選んでください");
        long id = demo("hospital");
        JsonNode one = JSON.readTree(mvc.perform(get("/api/resources/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(one.path("night").path("open24h").asBoolean()).isTrue();
        assertThat(one.path("officeCode").isString()).isTrue();
    }

    @Test
    void theApiImportsThroughAPreviewForTheEditorOnly() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "h.csv", "text/csv", OpenDataReaderTest.fixture("hospital_old_cp932.csv"));
        assertThat(mvc.perform(multipart("/api/municipalities/" + IKI + "/resources/import").file(file).with(IKI_VIEWER))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult preview = mvc.perform(multipart("/api/municipalities/" + IKI + "/resources/import").file(file).with(IKI_EDITOR)).andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = JSON.readTree(preview.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("planned").get(0).path("action").asString()).isEqualTo("ADD");
        JsonNode applied = JSON.readTree(mvc.perform(post("/api/resource-imports/" + body.path("token").asString()).with(IKI_EDITOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(applied.path("added").asInt()).isEqualTo(1);
    }

    @Test
    void theBookletIsAPdfWithTheNightContacts() throws Exception {
        MvcResult result = mvc.perform(get("/map/" + IKI + "/booklet.pdf?kind=visiting-nursing")).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            long id = demo("visiting-nursing");
            Resource r = resources.get(id);
            assertThat(text).contains("夜間・休日の連絡先").contains(r.content().name()).contains(r.content().night().contact())
                    .contains("目次").doesNotContain("オレンジカフェ");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void ikisRoadmapItemAboutTheResourceMapLinksToTheMapOnTheChart() throws Exception {
        List<Long> roadmaps = jdbc.sql("SELECT id FROM roadmap WHERE municipality_code = ?").param(IKI).query(Long.class).list();
        assertThat(roadmaps).isNotEmpty();
        for (long id : roadmaps) {
            String chart = mvc.perform(get("/roadmaps/" + id).with(IKI_EDITOR)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(chart).contains("href=\"/map/422100\"").contains("資源マップを見る")
                    .containsPattern("aria-label=\"「[^」]*資源マップ[^」]*」の資源マップを見る\"");
            assertThat(chart.split("class=\"badge resource-map-link\"", -1)).hasSize(2);
        }
    }
}
