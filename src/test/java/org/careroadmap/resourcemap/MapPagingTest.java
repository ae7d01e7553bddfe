package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.insight.SearchTextFolding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public map's list is paged (fifty lines, the page in the address, 前へ/次へ links that keep the filter and
 * work with no script, 「n件中 a–b件」), while the map's markers are the whole filtered set from their own address.
 * The test's own 120 clinics in 西海市 (422134, no demo resources), removed afterwards.
 */
@SharedContextTest
class MapPagingTest {

    private static final String PLACE = "422134";
    private static final String SOURCE = "PAGING-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchTextFolding folding;

    @BeforeEach
    void addClinics() {
        removeClinics();
        for (int n = 1; n <= 120; n++) {
            addClinic(n);
        }
    }

    @AfterEach
    void removeClinics() {
        jdbc.sql("DELETE FROM resource WHERE source_id LIKE ?").param(SOURCE + "%").update();
    }

    private void addClinic(int n) {
        String name = String.format("頁テスト診療所%03d", n);
        jdbc.sql("INSERT INTO resource (municipality_code, source_id, kind_code, name, name_kana, latitude, longitude, services, "
                        + "closed_on_holidays, closed_year_end, open_24h, home_visits, end_of_life_care, palliative_care, "
                        + "search_text, version, updated_at, updated_by, kind_position, sort_name) "
                        + "VALUES (?, ?, 'clinic', ?, ?, ?, ?, '内科', FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, ?, 1, ?, 'test', "
                        + "(SELECT position FROM resource_kind WHERE code = 'clinic'), ?)")
                .params(PLACE, SOURCE + n, name, String.format("ページテスト%03d", n), 32.9 + n * 0.001, 129.6, folding.fold(name),
                        Timestamp.from(Instant.now().plusMillis(n)), String.format("ページテスト%03d", n))
                .update();
    }

    @Test
    void aLongListIsPagedFiftyLinesAtATimeWithLinksThatKeepTheFilter() throws Exception {
        String first = page("/map/" + PLACE + "?kind=clinic", 200);
        assertThat(first).contains("120件中 1–50件").contains("href=\"/map/" + PLACE + "?kind=clinic&amp;page=2\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(names(first)).hasSize(50).first().isEqualTo("頁テスト診療所001");

        String second = page("/map/" + PLACE + "?kind=clinic&page=2", 200);
        assertThat(second).contains("120件中 51–100件").contains("id=\"page-previous\" href=\"/map/" + PLACE + "?kind=clinic\"")
                .contains("page=3");
        assertThat(names(second)).hasSize(50).first().isEqualTo("頁テスト診療所051");

        String last = page("/map/" + PLACE + "?kind=clinic&page=3", 200);
        assertThat(last).contains("120件中 101–120件").doesNotContain("rel=\"next\"");
        assertThat(names(last)).hasSize(20).last().isEqualTo("頁テスト診療所120");

        assertThat(page("/map/" + PLACE + "?kind=clinic&page=3&lang=en", 200)).contains("101–120 of 120").contains(">Previous<");
        assertThat(page("/map/" + PLACE + "?kind=clinic&page=2", 200)).as("the same address shows the same page").isEqualTo(second);
    }

    @Test
    void thePrefectureMapPagesTooAndItsLinksNameThePrefecture() throws Exception {
        String html = page("/map?prefecture=42&q=頁テスト", 200);
        assertThat(html).contains("120件中 1–50件").contains("href=\"/map?prefecture=42&amp;q=%E9%A0%81%E3%83%86%E3%82%B9%E3%83%88&amp;page=2\"");
    }

    @Test
    void aPageBeyondTheEndStillSaysHowManyThereAreAndLinksBack() throws Exception {
        String html = page("/map/" + PLACE + "?kind=clinic&page=9", 200);
        assertThat(html).contains("120件").contains("rel=\"prev\"");
        assertThat(names(html)).isEmpty();
    }

    @Test
    void anUnreadablePageNumberIsNamedWithA400AndTheFirstPageIsShown() throws Exception {
        String html = page("/map/" + PLACE + "?kind=clinic&page=abc", 400);
        assertThat(html).contains("ページ番号「abc」を読み取れません").contains("120件中 1–50件");
        assertThat(page("/map/" + PLACE + "?page=0&lang=en", 400)).contains("The page number &quot;0&quot; cannot be read");
        assertThat(page("/map/" + PLACE + "?page=10001", 400)).contains("ページ番号「10001」");
    }

    @Test
    void theMarkersAreTheWholeFilteredSetWhileTheListShowsOnePage() throws Exception {
        String html = page("/map/" + PLACE + "?kind=clinic", 200);
        assertThat(html).contains("data-markers-url=\"/map/" + PLACE + "/markers?kind=clinic\"");

        JsonNode answer = json("/map/" + PLACE + "/markers?kind=clinic", 200);
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(answer.get("markers")).hasSize(120);
        JsonNode marker = answer.get("markers").get(0);
        assertThat(marker.isArray()).as("[id, lat, lng, name]").isTrue();
        assertThat(marker).hasSize(4);
        assertThat(marker.get(3).asString()).startsWith("頁テスト診療所");

        assertThat(json("/map/markers?prefecture=42&q=頁テスト", 200).get("markers")).hasSize(120);
        assertThat(json("/map/" + PLACE + "/markers?kind=dental", 200).get("markers")).isEmpty();

        MvcResult bad = mvc.perform(get("/map/" + PLACE + "/markers?day=tue&time=25:00")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).contains("application/problem+json");
        assertThat(mvc.perform(get("/map/999999/markers")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theCountIsReadOnceAndKeptUntilThePlaceChanges() throws Exception {
        String address = "/map/" + PLACE + "?kind=clinic";
        page(address, 200);
        List<String> again = StatementCounting.during(() -> uncheckedPage(address));
        assertThat(again).as("kept count: %s", again).noneMatch(MapPagingTest::isCount);

        addClinic(121);
        AtomicReference<String> html = new AtomicReference<>();
        List<String> changed = StatementCounting.during(() -> {
            html.set(uncheckedPage(address));
            return html;
        });
        assertThat(changed).as("counted again: %s", changed).anyMatch(MapPagingTest::isCount);
        assertThat(html.get()).as("a change of the place is seen on the next request").contains("121件中 1–50件");
    }

    private static boolean isCount(String sql) {
        return sql.startsWith("SELECT COUNT(*) FROM (SELECT");
    }

    private String uncheckedPage(String address) {
        try {
            return page(address, 200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String address, int status) throws Exception {
        MvcResult result = mvc.perform(get(address)).andReturn();
        assertThat(result.getResponse().getStatus()).as(address).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String address, int status) throws Exception {
        MvcResult result = mvc.perform(get(address)).andReturn();
        assertThat(result.getResponse().getStatus()).as(address).isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"resource-link\"[^>]*>([^<]+)<").matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
