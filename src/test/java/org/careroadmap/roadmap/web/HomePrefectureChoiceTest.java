package org.careroadmap.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An installation holding more than one prefecture (a vendor hosting several): the home page lists
 * one prefecture's municipalities at a time — the chosen one, the signed-in person's own, or the
 * public picks one first.
 */
@SharedContextTest
class HomePrefectureChoiceTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void secondPrefectureWithOneCity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (jdbc.sql("SELECT COUNT(*) FROM prefecture WHERE code = '40'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO prefecture (code, name, name_en) VALUES ('40', '福岡県', 'Fukuoka')").update();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM municipality WHERE code = '401307'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO municipality (code, prefecture_code, name, name_en) VALUES ('401307', '40', '福岡市', 'Fukuoka City')")
                    .update();
        }
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePublicFirstChoosesAPrefecture() throws Exception {
        String html = page(get("/"));

        assertThat(html).contains("都道府県を選んでください", "href=\"/?prefecture=42\"", "href=\"/?prefecture=40\"");
        assertThat(html).doesNotContain("id=\"m-422100\"");
    }

    @Test
    void aChosenPrefectureListsOnlyItsMunicipalities() throws Exception {
        String html = page(get("/").param("prefecture", "40"));

        assertThat(html).contains("福岡県の市町村と推進ロードマップ", "id=\"m-401307\"");
        assertThat(html.split("<tr id=\"m-").length - 1).isEqualTo(1);
        assertThat(page(get("/").param("prefecture", "40").param("lang", "en")))
                .contains("Fukuoka: municipalities and their roadmaps");
    }

    @Test
    void anUnknownPrefectureIsExplainedNotAnError() throws Exception {
        assertThat(page(get("/").param("prefecture", "99"))).contains("指定された都道府県はこのシステムに登録されていません");
        assertThat(page(get("/").param("prefecture", "<script>"))).contains("都道府県を選んでください")
                .doesNotContain("<script>");
    }

    @Test
    void signedInStaffSeeTheirOwnPrefecture() throws Exception {
        String html = page(get("/").param("all", "").with(TestActors.editorOf("422100")));

        assertThat(html).contains("長崎県の市町村と推進ロードマップ", "id=\"m-422100\"");
        assertThat(html.split("<tr id=\"m-").length - 1).isEqualTo(21);
    }

    @Test
    void theComparisonCoversOnePrefectureAtATime() throws Exception {
        String fukuoka = page(get("/compare").param("category", "A").param("prefecture", "40"));
        String nagasaki = page(get("/compare").param("category", "A").param("prefecture", "42"));

        assertThat(fukuoka).contains("福岡市").doesNotContain("壱岐市");
        assertThat(nagasaki).contains("壱岐市").doesNotContain("福岡市");
        assertThat(mvc.perform(get("/compare").param("prefecture", "99")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("指定された都道府県はこのシステムに登録されていません");
    }

    @Test
    void searchLooksInTheChosenPrefectureOrEverywhere() throws Exception {
        String nagasaki = page(get("/search").param("q", "ケア会議").param("prefecture", "42"));
        String fukuoka = page(get("/search").param("q", "ケア会議").param("prefecture", "40"));
        String everywhere = page(get("/search").param("q", "ケア会議").param("prefecture", "all"));

        assertThat(nagasaki).contains("search-hit", "壱岐市");
        assertThat(fukuoka).doesNotContain("search-hit").contains("見つかりませんでした");
        assertThat(everywhere).contains("search-hit", "壱岐市", "<option value=\"all\" selected=\"selected\"");
        assertThat(page(get("/search").param("q", "ケア会議").param("prefecture", "99")))
                .contains("全国から探しました", "search-hit");
        assertThat(page(get("/search").param("q", "ケア会議").with(TestActors.editorOf("422100"))))
                .contains("<option value=\"42\" selected=\"selected\"");
    }
}
