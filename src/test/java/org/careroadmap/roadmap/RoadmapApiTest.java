package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SharedContextTest
class RoadmapApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    /** Signed in as 長崎市's editor through HTTP Basic, as an API client would be. */
    MockMvc mvc;
    MockMvc anonymous;

    long id;
    long version;

    @BeforeEach
    void startNagasakiCityRoadmap() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("nagasaki-editor", RoadmapFixtures.DEMO_PASSWORD))).build();
        anonymous = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422011", "nagasaki-9-10");
        id = doc.roadmap().id();
        version = doc.roadmap().version();
    }

    @Test
    void addingAnItemOrAnArrowAnswers201WithTheLocationOfTheNewOne() throws Exception {
        var added = mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"category\":\"C\",\"title\":\"通いの場\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/roadmaps/" + id + "/items/")))
                .andReturn().getResponse();
        String itemId = added.getHeader("X-Created-Id");
        assertThat(added.getHeader("Location")).endsWith("/items/" + itemId);
        mvc.perform(get(added.getHeader("Location"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(itemId)).andExpect(jsonPath("$.title").value("通いの場"));

        var arrow = mvc.perform(post("/api/roadmaps/{id}/items/{item}/arrows", id, itemId)
                        .contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"" + (version + 1) + "\"")
                        .content("{\"label\":\"立ち上げ\",\"startYear\":\"2027\",\"endYear\":\"2028\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"" + (version + 2) + "\""))
                .andReturn().getResponse();
        mvc.perform(get(arrow.getHeader("Location"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(arrow.getHeader("X-Created-Id")))
                .andExpect(jsonPath("$.label").value("立ち上げ"));
    }

    @Test
    void theETagSentAsIfMatchStandsInForTheVersionAndAMissingOneIsTheSame400() throws Exception {
        String item = mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"category\":\"A\",\"title\":\"退院支援\"}"))
                .andReturn().getResponse().getHeader("X-Created-Id");
        String change = "{\"category\":\"A\",\"title\":\"退院支援ルール\"}";
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + version + "\"").content(change))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "W/\"" + (version + 1) + "\"").content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 2));
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionRequired()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "*").content(change))
                .andExpect(status().isPreconditionRequired()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete("/api/roadmaps/{id}/items/{item}", id, item).header("If-Match", "\"" + (version + 2) + "\""))
                .andExpect(status().isOk());
    }

    @Test
    void listsRoadmapsWithMunicipalityPlanPeriodsStatusAndItemCounts() throws Exception {
        mvc.perform(get("/api/roadmaps"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].municipality.name").value(hasItem("壱岐市")))
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].itemCount").value(hasItem(12)))
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].itemsPerCategory.A").value(hasItem(3)))
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].planPeriods[0].label").value(hasItem("第8期計画")))
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].planPeriods[1].label").value(hasItem("第9期計画")))
                .andExpect(jsonPath("$[?(@.municipality.code == '422100')].status").value(hasItem("PUBLISHED")))
                .andExpect(jsonPath("$[?(@.municipality.code == '422011')].planPeriods[1].label").value(hasItem("第10期計画")));
    }

    @Test
    void pagesTheListAndFiltersByPrefectureOrMunicipality() throws Exception {
        int total = Integer.parseInt(mvc.perform(get("/api/roadmaps")).andReturn().getResponse().getHeader("X-Total-Count"));
        assertThat(total).isGreaterThan(2);

        mvc.perform(get("/api/roadmaps").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", Integer.toString(total)))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=1")))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/roadmaps").param("size", "2").param("page", Integer.toString((total - 1) / 2)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Link"))
                .andExpect(jsonPath("$.length()").value(total - 2 * ((total - 1) / 2)));
        mvc.perform(get("/api/roadmaps").param("municipality", "422100"))
                .andExpect(jsonPath("$[*].municipality.code").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("422100"))));
        mvc.perform(get("/api/roadmaps").param("prefecture", "13"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void refusesAListQueryItCannotReadWithEveryReason() throws Exception {
        mvc.perform(get("/api/roadmaps").param("prefecture", "東京").param("page", "-1").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'prefecture')].message").value(hasItem(
                        "都道府県コード「東京」は使えません。01〜47の2桁の数字で指定してください。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value(hasItem(
                        "1ページの件数は1から1000までの整数で指定してください。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'page')]").exists());
        mvc.perform(get("/api/roadmaps").param("municipality", "422101").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipality"));
    }

    @Test
    void returnsIkisWholeRoadmapWithItsFindings() throws Exception {
        long iki = RoadmapFixtures.ikiId(roadmaps);
        mvc.perform(get("/api/roadmaps/{id}", iki))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.title").value("【壱岐市地域包括ケアシステム推進ロードマップ】"))
                .andExpect(jsonPath("$.template.shownYears.length()").value(6))
                .andExpect(jsonPath("$.items.length()").value(12))
                .andExpect(jsonPath("$.items[0].title").value("退院支援"))
                .andExpect(jsonPath("$.items[0].achievementYear.label").value("2026年度(令和8年度)"))
                .andExpect(jsonPath("$.items[0].arrows[0].label").value("入退院支援ルールの作成・周知"))
                .andExpect(jsonPath("$.findings[?(@.code == 'finding.noArrows')].category").value(hasItem("G")));
    }

    @Test
    void addsChangesMovesAndDeletesItemsAndArrows() throws Exception {
        String first = addItem("A", "入退院支援", "2027");
        String second = addItem("A", "在宅医療の充実", "令和9年度");
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().itemsIn(org.careroadmap.reference.CategoryCode.A))
                .extracting(RoadmapItem::title).containsExactly("入退院支援", "在宅医療の充実");

        mvc.perform(post("/api/roadmaps/{id}/items/{item}/move", id, second).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"direction\":\"up\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("在宅医療の充実"));
        version++;

        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, first).contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, "B", "人材確保", "R9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + first + "')].category").value(hasItem("B")))
                .andExpect(jsonPath("$.items[?(@.id == '" + first + "')].achievementYear.value").value(hasItem(2027)));
        version++;

        String body = mvc.perform(post("/api/roadmaps/{id}/items/{item}/arrows", id, first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"label\":\"説明会の実施\",\"startYear\":\"2024\",\"endYear\":\"2029\",\"continues\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[?(@.id == '" + first + "')].arrows[0].continues").value(hasItem(true)))
                .andReturn().getResponse().getContentAsString();
        version++;
        String arrowId = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(body,
                "$.items[?(@.id == '" + first + "')].arrows[0].id").get(0);

        mvc.perform(put("/api/roadmaps/{id}/items/{item}/arrows/{arrow}", id, first, arrowId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"label\":\"説明会\",\"startYear\":\"令和6年度\",\"endYear\":\"2027年度\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + first + "')].arrows[0].endYear").value(hasItem(2027)));
        version++;

        mvc.perform(delete("/api/roadmaps/{id}/items/{item}/arrows/{arrow}", id, first, arrowId).param("version", "" + version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + first + "')].arrows.length()").value(hasItem(0)));
        version++;

        mvc.perform(delete("/api/roadmaps/{id}/items/{item}", id, first).param("version", "" + version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().items()).extracting(RoadmapItem::id).containsExactly(second);
    }

    @Test
    void refusesJsonItCannotReadAndSavesNothing() throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("JSONを読み取れません"))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": \"zero\", \"title\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertUnchanged();
    }

    @Test
    void reportsEveryBadFieldAtOnceAndSavesNothing() throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, "Z", "あ".repeat(201), "2035")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'category')].code").value(hasItem("category.unknown")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value(hasItem("text.tooLong")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("200文字以内で入力してください。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'achievementYear')].code")
                        .value(hasItem("item.achievementYearNotSelectable")));
        assertUnchanged();
    }

    @Test
    void refusesArrowYearsOutsideTheTemplateColumns() throws Exception {
        String item = addItem("C", "介護予防", "2029");
        mvc.perform(post("/api/roadmaps/{id}/items/{item}/arrows", id, item).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"label\":\"教室\",\"startYear\":\"2021\",\"endYear\":\"2030\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'startYear')].code").value(hasItem("arrow.outsideTimeline")))
                .andExpect(jsonPath("$.errors[?(@.field == 'endYear')].code").value(hasItem("arrow.outsideTimeline")));
        assertUnchanged();
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/items", id).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, "A", "", "2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter the item name."));
    }

    @Test
    void secondWriterWithAStaleVersionGetsConflictAndNothingIsOverwritten() throws Exception {
        String item = addItem("D", "住まい", "2027");
        long stale = version - 1;
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(stale, "D", "上書きしてはいけない", "2027")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("他の人が変更しました"));
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().item(item).orElseThrow().title()).isEqualTo("住まい");
        assertUnchanged();
    }

    @Test
    void requiresTheVersionTheChangeIsBasedOn() throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"A\",\"title\":\"x\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.title").value("版の指定がありません"))
                .andExpect(jsonPath("$.detail").value("version（読み込んだときの版番号）を指定してください。"))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertUnchanged();
    }

    @Test
    void answersNotFoundForUnknownRoadmapsAndItems() throws Exception {
        mvc.perform(get("/api/roadmaps/{id}", 999999)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, "no-such-item").contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, "A", "x", "2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/roadmaps/abc")).andExpect(status().isBadRequest());
        assertUnchanged();
    }

    @Test
    void refusesUnknownMunicipalitiesAndDuplicateRoadmaps() throws Exception {
        mvc.perform(post("/api/roadmaps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalityCode\":\"422101\",\"templateId\":\"nagasaki-8-9\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("municipalityCode.checkDigit"));
        mvc.perform(post("/api/roadmaps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalityCode\":\"422011\",\"templateId\":\"nagasaki-9-10\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("roadmap.duplicate"));
    }

    @Test
    void anonymousClientsReadPublishedRoadmapsButCannotChangeOrSeeDrafts() throws Exception {
        long iki = RoadmapFixtures.ikiId(roadmaps);
        anonymous.perform(get("/api/roadmaps/{id}", iki)).andExpect(status().isOk());
        anonymous.perform(get("/api/roadmaps/{id}", id)).andExpect(status().isNotFound());
        anonymous.perform(get("/api/roadmaps")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        anonymous.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, "A", "x", "2026")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.status").value(401)).andExpect(jsonPath("$.title").isNotEmpty());
        assertUnchanged();
    }

    @Test
    void anotherMunicipalitysEditorCannotSeeThisDraftAndItsViewerCannotChangeIt() throws Exception {
        anonymous.perform(get("/api/roadmaps/{id}", id).with(httpBasic("iki-editor", RoadmapFixtures.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        anonymous.perform(post("/api/roadmaps/{id}/items", id).with(httpBasic("iki-editor", RoadmapFixtures.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(itemJson(version, "A", "x", "2026")))
                .andExpect(status().isNotFound());
        anonymous.perform(get("/api/roadmaps/{id}", id).with(httpBasic("nagasaki-viewer", RoadmapFixtures.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        anonymous.perform(post("/api/roadmaps/{id}/items", id).with(httpBasic("nagasaki-viewer", RoadmapFixtures.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(itemJson(version, "A", "x", "2026")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("権限がありません"));
        anonymous.perform(get("/api/roadmaps/{id}", id).with(httpBasic("pref-reviewer", RoadmapFixtures.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        assertUnchanged();
    }

    @Test
    void documentsTheApiWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/roadmaps/{id}/items']").exists())
                .andExpect(jsonPath("$.paths['/api/roadmaps/{id}/items/{itemId}/arrows/{arrowId}']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private String addItem(String category, String title, String year) throws Exception {
        String body = mvc.perform(post("/api/roadmaps/{id}/items", id).contentType(MediaType.APPLICATION_JSON)
                        .content(itemJson(version, category, title, year)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        version++;
        return com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(body,
                "$.items[?(@.title == '" + title + "')].id").get(0);
    }

    private static String itemJson(long version, String category, String title, String year) {
        return "{\"version\":" + version + ",\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"targetVision\":\"目指す姿\",\"achievementYear\":\"" + year + "\",\"measures\":\"推進方策\"}";
    }

    private void assertUnchanged() {
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().version()).isEqualTo(version);
    }
}
