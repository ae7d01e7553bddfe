package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.careroadmap.TestActors;

@PublishedDemoDataTest
class RoadmapPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    /** Signed in as 佐世保市's editor. */
    MockMvc mvc;

    long id;
    long version;

    @BeforeEach
    void startSaseboRoadmap() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(TestActors.editorOf("422118"))).build();
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422118", "nagasaki-8-9");
        id = doc.roadmap().id();
        version = doc.roadmap().version();
    }

    @Test
    void homeListsAllTwentyOneMunicipalitiesWithTheirCodes() throws Exception {
        String html = mvc.perform(get("/").param("all", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String code : new String[] {"422011", "422100", "423076", "424111"}) {
            assertThat(html).contains("id=\"m-" + code + "\"");
        }
        assertThat(html.split("<tr id=\"m-").length - 1).isEqualTo(21);
        assertThat(html).contains("壱岐市", "新上五島町", "長崎県 推進ロードマップ様式（第8期・第9期）");
    }

    @Test
    void chartShowsTheSheetTitlePeriodsYearsAndEveryCategory() throws Exception {
        long iki = RoadmapFixtures.ikiId(roadmaps);
        mvc.perform(get("/roadmaps/{id}", iki)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("【壱岐市地域包括ケアシステム推進ロードマップ】"),
                        containsString("第8期計画"), containsString("第9期計画"),
                        containsString("id=\"fy2021\""), containsString("id=\"fy2026\""),
                        containsString("data-category=\"A\""), containsString("data-category=\"H\""),
                        containsString("2026年度(令和8年度)"),
                        containsString("人材確保のための説明会の実施（継続）"))));
    }

    @Test
    void chartOfTheNinthAndTenthPeriodTemplateDrawsArrowsOverItsOwnYears() throws Exception {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422037", "nagasaki-9-10");
        long nine = doc.roadmap().id();
        long v = doc.roadmap().version();
        doc = RoadmapFixtures.asSystem(() -> editing.addItem(nine, v, new ItemInput("A", "退院支援", "v", "2029", "m")));
        String item = doc.roadmap().items().get(0).id();
        long v2 = doc.roadmap().version();
        RoadmapFixtures.asSystem(() -> editing.addArrow(nine, v2, item, new ArrowInput("ルール作成", "2025", "2027", false)));
        mvc.perform(get("/roadmaps/{id}", nine).with(TestActors.prefectureReviewer())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第9期計画"), containsString("第10期計画"),
                        containsString("id=\"fy2024\""), containsString("id=\"fy2029\""), not(containsString("id=\"fy2023\"")),
                        containsString("colspan=\"3\" headers=\"item-" + item + " fy2025 fy2026 fy2027\""))));
    }

    @Test
    void chartIsInEnglishWithLangEn() throws Exception {
        long iki = RoadmapFixtures.ikiId(roadmaps);
        mvc.perform(get("/roadmaps/{id}", iki).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Achievement year"), containsString("FY2026 (Reiwa 8)"),
                        containsString("lang=\"en\""))));
    }

    @Test
    void itemAddedThroughTheFormIsSavedAndShownOnTheChart() throws Exception {
        mvc.perform(post("/roadmaps/{id}/items", id).with(csrf())
                        .param("category", "E").param("title", "見守りネットワーク").param("targetVision", "孤立しない")
                        .param("achievementYear", "2026").param("measures", "協定を結ぶ").param("version", "" + version))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/roadmaps/" + id + "#item-*"));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().itemsIn(CategoryCode.E)).extracting(RoadmapItem::title)
                .containsExactly("見守りネットワーク");
        mvc.perform(get("/roadmaps/{id}", id)).andExpect(content().string(containsString("見守りネットワーク")));
    }

    @Test
    void theFormsLimitTheirFieldsToTheLengthsTheRecordsAccept() throws Exception {
        mvc.perform(get("/roadmaps/{id}/items/new", id).param("category", "A"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"title\" rows=\"2\" maxlength=\"" + ItemContent.TITLE_MAX + "\""),
                        containsString("name=\"targetVision\" rows=\"5\" maxlength=\"" + ItemContent.VISION_MAX + "\""),
                        containsString("name=\"measures\" rows=\"6\" maxlength=\"" + ItemContent.MEASURES_MAX + "\""))));
    }

    @Test
    void aFormWithoutItsVersionIsRefusedWith428AsTheApiIs() throws Exception {
        mvc.perform(post("/roadmaps/{id}/submit", id).with(csrf()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().string(allOf(containsString("（エラー番号 428）"),
                        containsString("version（読み込んだときの版番号）を指定してください。"))));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().version()).isEqualTo(version);
    }

    @Test
    void refusedFormShowsTheMessageByTheFieldAndKeepsEverythingTyped() throws Exception {
        mvc.perform(post("/roadmaps/{id}/items", id).with(csrf())
                        .param("category", "B").param("title", " ").param("targetVision", "人材が確保されている")
                        .param("achievementYear", "2026").param("measures", "説明会を開く").param("version", "" + version))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"e-title\""), containsString("項目名を入力してください。"),
                        containsString("人材が確保されている"), containsString("説明会を開く"),
                        containsString("aria-invalid=\"true\""))));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().version()).isEqualTo(version);
    }

    @Test
    void staleFormIsNotSavedAndSaysSomeoneElseChangedIt() throws Exception {
        RoadmapFixtures.asSystem(() -> editing.addItem(id, version, new ItemInput("A", "先に保存された項目", "", "", "")));
        mvc.perform(post("/roadmaps/{id}/items", id).with(csrf())
                        .param("category", "A").param("title", "後から保存する項目").param("version", "" + version))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("他の人がこのロードマップを変更しました"),
                        containsString("後から保存する項目"))));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().items()).extracting(RoadmapItem::title).containsExactly("先に保存された項目");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/roadmaps/{id}/items", id).param("category", "A").param("title", "x")
                        .param("version", "" + version))
                .andExpect(status().isForbidden());
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().items()).isEmpty();
    }

    @Test
    void unknownRoadmapShowsAPlainJapaneseNotFoundPage() throws Exception {
        mvc.perform(get("/roadmaps/{id}", 987654)).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("見つかりませんでした"), not(containsString("Exception")))));
        mvc.perform(get("/roadmaps/{id}/items/{item}", id, "nope")).andExpect(status().isNotFound());
    }

    @Test
    void pagesCarrySecurityHeadersWithoutInlineScript() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void scriptPayloadsInEveryTextFieldStayInertOnChartEditorsAndJson() throws Exception {
        String payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        RoadmapDocument doc = RoadmapFixtures.asSystem(() -> editing.addItem(id, version,
                new ItemInput("B", "T" + payload, "V" + payload, "2026", "M" + payload)));
        String item = doc.roadmap().items().get(0).id();
        doc = RoadmapFixtures.asSystem(() -> editing.addArrow(id, version + 1, item,
                new ArrowInput("L" + payload, "2021", "2026", false)));
        String arrow = doc.roadmap().items().get(0).arrows().get(0).id();
        for (String page : new String[] {"/roadmaps/" + id, "/roadmaps/" + id + "/items/" + item,
                "/roadmaps/" + id + "/items/" + item + "/arrows/" + arrow}) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
        }
        mvc.perform(get("/api/roadmaps/{id}", id))
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void textIsEscapedOnTheChart() throws Exception {
        RoadmapFixtures.asSystem(() -> editing.addItem(id, version, new ItemInput("A", "<script>alert(1)</script>", "<b>太字</b>", "2026", "x")));
        mvc.perform(get("/roadmaps/{id}", id))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")), not(containsString("<b>太字</b>")))));
    }
}
