package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.TestActors;
import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The comparison and the search as each kind of reader gets them. Iki City's demo roadmap
 * (第8期・第9期, published) is there from the demo data; each test starts a fresh draft for
 * 長崎市 (第9期・第10期) with one item in A, so the comparison has two municipalities on FY2021–2029.
 */
@PublishedDemoDataTest
class InsightPagesTest {

    static final String NAGASAKI = "422011";
    static final String IKI = "422100";
    /** A word only 長崎市's draft contains. */
    static final String DRAFT_WORD = "長崎市下書きの訪問診療ネットワーク";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    MockMvc mvc;
    long nagasakiDraft;
    String nagasakiItem;
    long iki;

    @BeforeEach
    void startNagasakiDraft() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RoadmapDocument doc = CurrentActor.asSystem(() -> {
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(NAGASAKI)
                            && s.template().id().equals("nagasaki-9-10"))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return editing.create(NAGASAKI, "nagasaki-9-10");
        });
        long id = doc.roadmap().id();
        RoadmapDocument withItem = CurrentActor.asSystem(() -> editing.addItem(id, doc.roadmap().version(),
                new ItemInput("A", DRAFT_WORD, "在宅で最期まで暮らせる", "2029", "医師会と協議する")));
        nagasakiItem = withItem.roadmap().items().get(0).id();
        CurrentActor.asSystem(() -> editing.addArrow(id, withItem.roadmap().version(), nagasakiItem,
                new ArrowInput("ｹｱ会議で事例検討", "2027", "2029", true)));
        nagasakiDraft = id;
        iki = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(IKI) && s.template().id().equals("nagasaki-8-9"))
                .mapToLong(RoadmapSummary::id).min().orElseThrow());
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        if (as != null) {
            request.with(as);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RoadmapItem ikiItem(String title) {
        return CurrentActor.asSystem(() -> roadmaps.get(iki)).roadmap().items().stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    // --- compare -----------------------------------------------------------------------------

    @Test
    void compareLaysTheCategoryOfSeveralMunicipalitiesOnOneFiscalYearAxis() throws Exception {
        String html = page(get("/compare").param("category", "A"), TestActors.prefectureReviewer());

        assertThat(html).contains("id=\"compare-chart\"", "data-category=\"A\"",
                "data-municipality=\"" + IKI + "\"", "data-municipality=\"" + NAGASAKI + "\"",
                "壱岐市", "長崎市", "退院支援", "在宅医療・介護提供体制の充実", DRAFT_WORD, "在宅で最期まで暮らせる");
        // 第8期・第9期 and 第9期・第10期 share one axis FY2021–2029, each year once.
        for (int year = 2021; year <= 2029; year++) {
            assertThat(html.split("id=\"fy" + year + "\"", -1)).as("FY%d heading", year).hasSize(2);
        }
        assertThat(html).doesNotContain("id=\"fy2020\"", "id=\"fy2030\"");
        assertThat(html).contains("第8期計画", "第9期計画", "第10期計画");
        // The arrow spans exactly its three years, under its municipality, roadmap and item headers.
        assertThat(html).contains("colspan=\"3\" headers=\"m-" + NAGASAKI + " r-" + nagasakiDraft + " ci-" + nagasakiItem
                + " fy2027 fy2028 fy2029\"");
        assertThat(html).contains("data-start=\"2027\" data-end=\"2029\"", "arrow--continues");
        // Iki's years after its sheet (FY2027–2029) are marked as outside that roadmap.
        assertThat(html).contains("year-cell year-cell--outside");
        // Municipality names head their rows; each item links to its place in its chart.
        assertThat(html).contains("scope=\"rowgroup\"", "id=\"m-" + NAGASAKI + "\"");
        assertThat(html).contains("href=\"/roadmaps/" + nagasakiDraft + "#item-" + nagasakiItem + "\"");
        RoadmapItem discharge = ikiItem("退院支援");
        assertThat(html).contains("href=\"/roadmaps/" + iki + "#item-" + discharge.id() + "\"");
    }

    @Test
    void aRoadmapWithoutItemsInTheCategoryShowsAGapRow() throws Exception {
        String html = page(get("/compare").param("category", "B"), TestActors.prefectureReviewer());

        String nagasakiGroup = tbody(html, NAGASAKI);
        assertThat(nagasakiGroup).contains("class=\"gap\"", "項目なし", "長崎市");
        assertThat(tbody(html, IKI)).contains("サービス提供人材の確保").doesNotContain("項目なし");
    }

    @Test
    void compareWithoutACategoryShowsCategoryAAndOffersAllEight() throws Exception {
        String html = page(get("/compare"), null);
        assertThat(html).contains("<option value=\"A\" selected=\"selected\">A 医療</option>",
                "<option value=\"H\">H 地域共生社会の実現と住民参画</option>", "退院支援");
        assertThat(html).contains("<form method=\"get\" action=\"/compare\"");
    }

    @Test
    void anUnknownCategoryIsAFriendlyMessageNotAnError() throws Exception {
        String html = mvc.perform(get("/compare").param("category", "Z")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("区分はA～Hの中から選んでください。").doesNotContain("compare-chart");
    }

    @Test
    void comparisonIsInEnglishWithLangEn() throws Exception {
        String html = page(get("/compare").param("category", "B").param("lang", "en"), TestActors.prefectureReviewer());
        assertThat(html).contains("No items", "Plan period 10", "FY2029", "lang=\"en\"");
    }

    // --- search ------------------------------------------------------------------------------

    @Test
    void searchFindsAWordWrittenInHalfWidthFullWidthOrHiragana() throws Exception {
        RoadmapItem meetings = ikiItem("地域ケア会議・地域ケア推進会議の機能達成");
        for (String q : new String[] {"ｹｱ会議", "ケア会議", "けあ会議", "けア会議"}) {
            String html = page(get("/search").param("q", q), null);
            assertThat(html).as(q).contains("href=\"/roadmaps/" + iki + "#item-" + meetings.id() + "\"",
                    "地域<mark>ケア会議</mark>・地域ケア推進会議の機能達成", "壱岐市");
        }
        // Two words (a full-width space between them): each is marked wherever it occurs.
        assertThat(page(get("/search").param("q", "ケア\u3000会議"), null)).contains(
                "地域<mark>ケア会議</mark>・地域<mark>ケア</mark>推進<mark>会議</mark>の機能達成");
    }

    @Test
    void searchLooksInVisionMeasuresAndArrowLabelsAndSaysWhere() throws Exception {
        String html = page(get("/search").param("q", "月に1回"), null);
        assertThat(html).contains("<dt>工程（矢印）</dt>", "自立支援型地域ケア会議を<mark>月に１回</mark>の頻度で開催。");

        html = page(get("/search").param("q", "ｽｷﾙｱｯﾌﾟ"), null);
        assertThat(html).contains("<dt>推進方策</dt>", "<mark>スキルアップ</mark>");
    }

    @Test
    void everyWordMustBeFoundInTheItem() throws Exception {
        RoadmapItem discharge = ikiItem("退院支援");
        String both = page(get("/search").param("q", "退院 ルール"), null);
        assertThat(both).contains("#item-" + discharge.id() + "\"", "<mark>ルール</mark>");
        String none = page(get("/search").param("q", "退院 存在しない語"), null);
        assertThat(none).contains("「退院 存在しない語」を含む項目は見つかりませんでした。").doesNotContain("class=\"search-hit\"");
    }

    @Test
    void anEmptyOrOverLongQueryIsAFriendlyMessage() throws Exception {
        assertThat(page(get("/search"), null)).contains("キーワードを入力して「検索」を押してください。")
                .doesNotContain("search-results");
        assertThat(page(get("/search").param("q", " \u3000 "), null)).contains("キーワードを入力して「検索」を押してください。");
        String tooLong = page(get("/search").param("q", "ケ".repeat(101)), null);
        assertThat(tooLong).contains("キーワードが長すぎます。100文字以内で入力してください。", "aria-invalid=\"true\"")
                .doesNotContain("search-results");
        assertThat(page(get("/search").param("q", "ケア" + "会".repeat(98)), null))
                .doesNotContain("キーワードが長すぎます");
    }

    // --- who sees what -----------------------------------------------------------------------

    @Test
    void anotherMunicipalitysDraftNeverShowsToAMunicipalityUserOrThePublic() throws Exception {
        for (RequestPostProcessor outsider : new RequestPostProcessor[] {TestActors.editorOf(IKI), TestActors.viewerOf(IKI), null}) {
            String search = page(get("/search").param("q", "下書きの訪問診療"), outsider);
            assertThat(search).contains("見つかりませんでした").doesNotContain(DRAFT_WORD);
            String compare = page(get("/compare").param("category", "A"), outsider);
            assertThat(compare).contains("退院支援")
                    .doesNotContain(DRAFT_WORD, "data-municipality=\"" + NAGASAKI + "\"", "/roadmaps/" + nagasakiDraft);
            // The arrow of the draft is not found either, though Iki's own ケア会議 is.
            assertThat(page(get("/search").param("q", "事例検討"), outsider)).doesNotContain("事例検討</mark>");
        }
    }

    @Test
    void thePrefectureAndTheMunicipalityItselfSeeItsDraft() throws Exception {
        for (RequestPostProcessor insider : new RequestPostProcessor[] {TestActors.prefectureReviewer(),
                TestActors.editorOf(NAGASAKI), TestActors.viewerOf(NAGASAKI)}) {
            String search = page(get("/search").param("q", "下書きの訪問診療"), insider);
            assertThat(search).contains("#item-" + nagasakiItem + "\"", "作成中");
            // The arrow label was typed half-width; the full-width query marks the original characters.
            assertThat(page(get("/search").param("q", "ケア会議で事例"), insider)).contains("<mark>ｹｱ会議で事例</mark>検討");
            assertThat(page(get("/compare").param("category", "A"), insider)).contains(DRAFT_WORD);
        }
    }

    // --- escaping ----------------------------------------------------------------------------

    @Test
    void markupInItemsStaysTextInSearchResultsAndTheComparison() throws Exception {
        String payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        RoadmapDocument doc = CurrentActor.asSystem(() -> roadmaps.get(nagasakiDraft));
        RoadmapDocument changed = CurrentActor.asSystem(() -> editing.changeItem(nagasakiDraft, doc.roadmap().version(),
                nagasakiItem, new ItemInput("A", "危険な項目" + payload, "V" + payload, "2029", "M" + payload)));
        CurrentActor.asSystem(() -> editing.addArrow(nagasakiDraft, changed.roadmap().version(), nagasakiItem,
                new ArrowInput("L" + payload, "2027", "2028", false)));

        for (String q : new String[] {"script", "危険な項目", "onerror"}) {
            String html = page(get("/search").param("q", q), TestActors.prefectureReviewer());
            assertThat(html).as(q).contains("class=\"search-hit\"")
                    .doesNotContain("<script>alert", "<img src=x", "<mark><script")
                    .contains("&lt;");
        }
        assertThat(page(get("/search").param("q", "script"), TestActors.prefectureReviewer()))
                .contains("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt;");
        String compare = page(get("/compare").param("category", "A"), TestActors.prefectureReviewer());
        assertThat(compare).doesNotContain("<script>alert", "<img src=x").contains("危険な項目&lt;script&gt;alert(");
    }

    @Test
    void theSiteHeaderLinksToBothPages() throws Exception {
        assertThat(page(get("/"), null)).contains("href=\"/compare\"", "href=\"/search\"");
    }

    private static String tbody(String html, String municipalityCode) {
        Matcher m = Pattern.compile("(?s)<tbody data-municipality=\"" + municipalityCode + "\">(.*?)</tbody>").matcher(html);
        assertThat(m.find()).as("tbody of %s", municipalityCode).isTrue();
        return m.group(1);
    }

    @Test
    void manyHitsComeFiftyToAPageWithLinksBetweenThem() throws Exception {
        // 55 more items with the same word in 長崎市's draft, which only the prefecture and 長崎市 see.
        CurrentActor.asSystem(() -> {
            RoadmapDocument d = roadmaps.get(nagasakiDraft);
            for (int i = 0; i < 55; i++) {
                d = editing.addItem(nagasakiDraft, d.roadmap().version(),
                        new ItemInput("B", "多数ヒット項目" + i, "姿", "2029", "方策"));
            }
            return d;
        });

        String first = page(get("/search").param("q", "多数ヒット"), TestActors.prefectureReviewer());
        String second = page(get("/search").param("q", "多数ヒット").param("page", "2"), TestActors.prefectureReviewer());

        assertThat(first.split("class=\"search-hit\"").length - 1).isEqualTo(50);
        assertThat(first).contains("1〜50件目", "rel=\"next\"", "page=2").doesNotContain("rel=\"prev\"");
        assertThat(second.split("class=\"search-hit\"").length - 1).isEqualTo(5);
        assertThat(second).contains("51〜55件目", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(second).contains("多数ヒット項目54").doesNotContain(">多数ヒット項目0<");
        assertThat(page(get("/search").param("q", "多数ヒット"), null)).contains("見つかりませんでした");
    }

    @Test
    void aPageOutsideTheResultsShowsTheFirstPageAndSaysWhy() throws Exception {
        for (String bad : new String[] {"0", "abc", "5", "-1", "99999999999"}) {
            assertThat(page(get("/search").param("q", "ケア").param("page", bad), null))
                    .contains("ページの指定が正しくないため", "search-hit");
        }
    }
}
