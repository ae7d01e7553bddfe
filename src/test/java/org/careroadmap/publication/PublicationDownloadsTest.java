package org.careroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.TestActors;
import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public download as an anonymous reader gets it, read back and compared with the roadmap's
 * last published version: CSV (UTF-8 with BOM, code first, 西暦 and 和暦), JSON, Excel, the portal
 * pages, the catalogue (DCAT), the feed and the sitemap; 404 for unknown codes and for roadmaps
 * never published; a draft revision never shows. The demo data is there: 壱岐市 and 平戸市 published,
 * 長崎市 submitted (never published).
 */
@PublishedDemoDataTest
class PublicationDownloadsTest {

    static final String IKI = "422100";
    static final String NAGASAKI = "422011";
    static final String HIRADO = "422070";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    PublishedRoadmaps published;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private long roadmapOf(String code) {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(code)).mapToLong(RoadmapSummary::id).min().orElseThrow());
    }

    private RoadmapDocument publishedIki() {
        return published.latest(roadmapOf(IKI)).orElseThrow().document();
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static List<List<String>> parseCsv(byte[] bytes) {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("file ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void itemsCsvHasBomCodeFirstAndEveryPublishedItemWithBothCalendars() throws Exception {
        MockHttpServletResponse response = fetch(get("/opendata/" + IKI + "/roadmap_items.csv"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("422100_care_roadmap_items.csv");
        assertThat(response.getHeader("Link")).contains("creativecommons.org/licenses/by/4.0").contains("rel=\"license\"");
        assertThat(response.getHeader("ETag")).isNotBlank();

        List<List<String>> rows = parseCsv(response.getContentAsByteArray());
        assertThat(rows.get(0)).isEqualTo(OpenData.ITEM_COLUMNS);
        RoadmapDocument doc = publishedIki();
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).hasSize(doc.roadmap().items().size());
        int i = 0;
        for (CategoryCode category : CategoryCode.values()) {
            for (RoadmapItem item : doc.roadmap().itemsIn(category)) {
                List<String> row = data.get(i++);
                assertThat(row.get(0)).isEqualTo(IKI);
                assertThat(row.get(1)).isEqualTo(item.id());
                assertThat(row.get(2)).isEqualTo("壱岐市");
                assertThat(row.get(7)).isEqualTo(category.name());
                assertThat(row.get(10)).isEqualTo(FormulaNeutraliser.neutralised(item.title()));
                assertThat(row.get(14)).isEqualTo(FormulaNeutraliser.neutralised(item.measures()));
                item.achievementYear().ifPresent(y -> {
                    assertThat(row.get(12)).isEqualTo(Integer.toString(y.value()));
                    assertThat(row.get(13)).isEqualTo(y.japaneseEra()).startsWith("令和");
                });
                assertThat(row.get(15)).isEqualTo(Integer.toString(item.arrows().size()));
            }
        }
    }

    @Test
    void arrowsCsvHasARowPerArrowWithBothCalendarsAndContinuation() throws Exception {
        MockHttpServletResponse response = fetch(get("/opendata/" + IKI + "/roadmap_arrows.csv"));
        assertThat(response.getStatus()).isEqualTo(200);
        List<List<String>> rows = parseCsv(response.getContentAsByteArray());
        assertThat(rows.get(0)).isEqualTo(OpenData.ARROW_COLUMNS);
        RoadmapDocument doc = publishedIki();
        long arrows = doc.roadmap().items().stream().mapToLong(it -> it.arrows().size()).sum();
        assertThat(rows).hasSize((int) arrows + 1);
        RoadmapItem first = doc.roadmap().itemsIn(CategoryCode.A).get(0);
        var arrow = first.arrows().get(0);
        List<String> row = rows.stream().filter(r -> r.get(1).equals(arrow.id())).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo(IKI);
        assertThat(row.get(4)).isEqualTo(first.id());
        assertThat(row.get(8)).isEqualTo(Integer.toString(arrow.start().value()));
        assertThat(row.get(9)).isEqualTo(arrow.start().japaneseEra());
        assertThat(row.get(10)).isEqualTo(Integer.toString(arrow.end().value()));
        assertThat(row.get(11)).isEqualTo(arrow.end().japaneseEra());
        assertThat(row.get(12)).isEqualTo(arrow.continues() ? "有" : "無");
    }

    @Test
    void jsonHoldsThePublishedItemsArrowsAndTheLicense() throws Exception {
        MockHttpServletResponse response = fetch(get("/opendata/" + IKI + "/roadmaps.json"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.path("license").path("name").asString()).isEqualTo("CC BY 4.0");
        RoadmapDocument doc = publishedIki();
        JsonNode roadmap = json.path("roadmaps").get(0);
        assertThat(roadmap.path("municipalityCode").asString()).isEqualTo(IKI);
        assertThat(roadmap.path("items")).hasSize(doc.roadmap().items().size());
        JsonNode item = roadmap.path("items").get(0);
        RoadmapItem first = doc.roadmap().itemsIn(CategoryCode.A).get(0);
        assertThat(item.path("title").asString()).isEqualTo(first.title());
        assertThat(item.path("arrows")).hasSize(first.arrows().size());
        assertThat(item.path("arrows").get(0).path("startYear").path("japanese").asString())
                .isEqualTo(first.arrows().get(0).start().japaneseEra());
    }

    @Test
    void excelOfAPublishedRoadmapReadsBackWithItsItems() throws Exception {
        long iki = roadmapOf(IKI);
        MockHttpServletResponse response = fetch(get("/opendata/roadmaps/" + iki + "/roadmap.xlsx"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(OpenData.XLSX);
        assertThat(response.getHeader("Link")).contains("rel=\"license\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            String text = allText(workbook.getSheetAt(0));
            assertThat(text).contains("【壱岐市地域包括ケアシステム推進ロードマップ】");
            for (RoadmapItem item : publishedIki().roadmap().items()) {
                assertThat(text).contains(item.title());
            }
        }
    }

    @Test
    void prefectureFilesHoldEveryPublishedRoadmapAndNoUnpublishedOne() throws Exception {
        List<List<String>> rows = parseCsv(fetch(get("/opendata/42/roadmap_items.csv")).getContentAsByteArray());
        List<String> codes = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).distinct().toList();
        assertThat(codes).contains(IKI, HIRADO).doesNotContain(NAGASAKI);
        assertThat(codes).isSorted();

        MockHttpServletResponse xlsx = fetch(get("/opendata/42/roadmaps.xlsx"));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("一覧");
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("壱岐市", "平戸市").doesNotContain("長崎市");
        }
    }

    @Test
    void unknownCodesAndUnpublishedRoadmapsAnswerAPlain404() throws Exception {
        long nagasaki = roadmapOf(NAGASAKI);
        for (String path : List.of("/public/99", "/public/422101", "/public/4221", "/public/abc",
                "/opendata/999999/roadmap_items.csv", "/opendata/422101/roadmaps.json", "/opendata/12/roadmap_arrows.csv",
                "/opendata/422100/roadmaps.xlsx", "/opendata/roadmaps/" + nagasaki + "/roadmap.xlsx",
                "/opendata/roadmaps/999999/roadmap.xlsx", "/public/roadmaps/" + nagasaki + "/chart.pdf",
                "/public/roadmaps/999999/chart.pdf", "/public/422100/booklet.pdf")) {
            MockHttpServletResponse response = fetch(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getRedirectedUrl()).as(path).isNull();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).contains("見つかりません");
        }
    }

    @Test
    void signedInReviewerStillGetsOnlyThePublishedVersionAndADraftRevisionNeverShows() throws Exception {
        String draftTitle = "下書きだけの項目名-" + System.nanoTime();
        long iki = roadmapOf(IKI);
        RoadmapItem first = CurrentActor.asSystem(() -> roadmaps.get(iki)).roadmap().items().get(0);
        CurrentActor.asSystem(() -> {
            RoadmapDocument live = roadmaps.get(iki);
            if (live.roadmap().status() == RoadmapStatus.PUBLISHED) {
                live = lifecycle.reopen(iki, live.roadmap().version());
            }
            return editing.changeItem(iki, live.roadmap().version(), first.id(), new ItemInput(first.category().name(),
                    draftTitle, first.targetVision(), first.achievementYear().map(y -> y.label()).orElse(null), first.measures()));
        });
        try {
            for (String path : List.of("/opendata/" + IKI + "/roadmap_items.csv", "/opendata/42/roadmaps.json",
                    "/public/" + IKI, "/public/42")) {
                MockHttpServletResponse response = fetch(get(path).with(TestActors.prefectureReviewer()));
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain(draftTitle);
            }
            assertThat(fetch(get("/public/" + IKI)).getContentAsString(StandardCharsets.UTF_8))
                    .contains("改訂作業中");
        } finally {
            // Other classes of the context read Iki's roadmap published, its items under their demo titles: leave it so.
            CurrentActor.asSystem(() -> {
                RoadmapDocument draft = roadmaps.get(iki);
                draft = editing.changeItem(iki, draft.roadmap().version(), first.id(), new ItemInput(first.category().name(),
                        first.title(), first.targetVision(), first.achievementYear().map(y -> y.label()).orElse(null), first.measures()));
                return lifecycle.recordAlreadyPublished(iki, draft.roadmap().version());
            });
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedInTheCsv() throws Exception {
        String code = "422142";
        long id = CurrentActor.asSystem(() -> {
            // A roadmap once published is never deleted: one made by an earlier test in this database is used as it is.
            var existing = roadmaps.list(ListScope.municipality(new org.careroadmap.reference.MunicipalityCode(code)));
            if (!existing.isEmpty()) {
                return existing.get(0).id();
            }
            RoadmapDocument doc = editing.create(code, "nagasaki-9-10");
            long rid = doc.roadmap().id();
            RoadmapDocument withItem = editing.addItem(rid, doc.roadmap().version(),
                    new ItemInput("A", "=HYPERLINK(\"http://x\",\"y\")", "+1", "2029", "@SUM(A1)"));
            RoadmapDocument withArrow = editing.addArrow(rid, withItem.roadmap().version(),
                    withItem.roadmap().items().get(0).id(), new ArrowInput("-2+3", "2027", "2029", false));
            lifecycle.recordAlreadyPublished(rid, withArrow.roadmap().version());
            return rid;
        });
        List<List<String>> items = parseCsv(fetch(get("/opendata/" + code + "/roadmap_items.csv")).getContentAsByteArray());
        assertThat(items.get(1).get(10)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(items.get(1).get(11)).isEqualTo("'+1");
        assertThat(items.get(1).get(14)).isEqualTo("'@SUM(A1)");
        List<List<String>> arrows = parseCsv(fetch(get("/opendata/" + code + "/roadmap_arrows.csv")).getContentAsByteArray());
        assertThat(arrows.get(1).get(7)).isEqualTo("'-2+3");
        assertThat(id).isPositive();
    }

    @Test
    void prefecturePortalListsEveryMunicipalityWithPublicationAndRevalidatesByETag() throws Exception {
        MockHttpServletResponse response = fetch(get("/public/42"));
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("長崎県の推進ロードマップ").contains("時点").contains("422100").contains("424111")
                .contains("/public/422100").contains("/opendata/42/roadmap_items.csv").contains("CC BY 4.0")
                .contains("<meta name=\"description\"");
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(response.getHeader("Cache-Control")).contains("no-cache");
        assertThat(fetch(get("/public/42").header("If-None-Match", etag)).getStatus()).isEqualTo(304);
        assertThat(fetch(get("/public/42?lang=en")).getContentAsString(StandardCharsets.UTF_8)).contains("Roadmaps of Nagasaki");
    }

    @Test
    void municipalityPortalShowsItsPublishedRoadmapWithPublicationsAndDownloads() throws Exception {
        long iki = roadmapOf(IKI);
        String html = fetch(get("/public/" + IKI)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("壱岐市の推進ロードマップ").contains("第1版").contains("/public/roadmaps/" + iki + "/chart.pdf")
                .contains("/opendata/roadmaps/" + iki + "/roadmap.xlsx").contains("/roadmaps/" + iki).contains("時点");
        assertThat(fetch(get("/public/" + NAGASAKI)).getContentAsString(StandardCharsets.UTF_8)).contains("まだ公開されていません");
        // The evaluation module's published 構築状況 (demo: Iki City's latest year) plugs in through its PortalSection.
        assertThat(html).contains("構築状況").containsPattern("達成率 \\d+%").contains("/status/" + IKI + "/");
        String prefecture = fetch(get("/public/42")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(prefecture).contains("構築状況").contains("/status/" + IKI + "/");
        // The progress module's latest published report (demo: Iki City's FY2025) plugs in the same way.
        assertThat(html).contains("進捗報告").containsPattern("2025年度\\(令和7年度\\)：達成 \\d+／\\d+項目")
                .contains("/roadmaps/" + iki + "/progress?year=2025");
        assertThat(prefecture).contains("/roadmaps/" + iki + "/progress?year=2025");
        assertThat(fetch(get("/public")).getContentAsString(StandardCharsets.UTF_8)).contains("/public/42");
        assertThat(fetch(get("/")).getContentAsString(StandardCharsets.UTF_8)).contains("/public/42").contains("/accessibility");
    }

    @Test
    void catalogueIsHarvestableAsDcatAndFeedAndSitemapListThePublications() throws Exception {
        assertThat(fetch(get("/opendata")).getContentAsString(StandardCharsets.UTF_8))
                .contains("422100_care_roadmap").contains("/opendata/catalog.jsonld");
        MockHttpServletResponse dcat = fetch(get("/opendata/catalog.jsonld"));
        assertThat(dcat.getContentType()).startsWith("application/ld+json");
        JsonNode catalog = JsonMapper.builder().build().readTree(dcat.getContentAsString(StandardCharsets.UTF_8));
        assertThat(catalog.path("@type").asString()).isEqualTo("dcat:Catalog");
        List<String> identifiers = new ArrayList<>();
        catalog.path("dcat:dataset").forEach(d -> identifiers.add(d.path("dct:identifier").asString()));
        assertThat(identifiers).contains("42_care_roadmap", "422100_care_roadmap", "422070_care_roadmap")
                .doesNotContain("422011_care_roadmap");
        JsonNode iki = null;
        for (JsonNode d : catalog.path("dcat:dataset")) {
            if (d.path("dct:identifier").asString().equals("422100_care_roadmap")) {
                iki = d;
            }
        }
        assertThat(iki.path("dcat:distribution").get(0).path("dcat:downloadURL").path("@id").asString())
                .isEqualTo("http://localhost/opendata/422100/roadmap_items.csv");
        assertThat(iki.path("dct:license").path("@id").asString()).contains("creativecommons.org/licenses/by/4.0");

        MockHttpServletResponse feed = fetch(get("/opendata/feed.atom"));
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        Document atom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(feed.getContentAsString(StandardCharsets.UTF_8))));
        assertThat(atom.getDocumentElement().getTagName()).isEqualTo("feed");
        assertThat(atom.getElementsByTagName("entry").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(feed.getContentAsString(StandardCharsets.UTF_8)).contains("壱岐市").doesNotContain("長崎市 推進");

        String sitemap = fetch(get("/sitemap.xml")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>http://localhost/public/42</loc>").contains("<loc>http://localhost/public/422100</loc>")
                .contains("<loc>http://localhost/roadmaps/" + roadmapOf(IKI) + "</loc>");
    }

    @Test
    void accessibilityPageStatesTheStandardAndTargetLevel() throws Exception {
        String html = fetch(get("/accessibility")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("JIS X 8341-3:2016").contains("AA準拠");
        // The committed result recorded by PublicPortalIT: one row per WCAG 2.1 A/AA criterion.
        assertThat(html).contains("1.4.3").contains("コントラスト（最低限）").contains("/public/42?lang=en").contains("axe-core");
    }

    private static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
