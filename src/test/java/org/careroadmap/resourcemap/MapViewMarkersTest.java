package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.insight.SearchTextFolding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map asks for the markers of its view ({@code bbox=west,south,east,north}) once the whole filtered set is more
 * than one answer carries: the answer says so ({@code truncated}, {@code limit}) and then carries the whole set's
 * extent, so the first view still fits it, while a view's answer holds only what lies inside the box. A box that
 * cannot be one is a 400 problem detail naming {@code bbox}, in Japanese or English. The test's own resources in
 * 南島原市 (422142, no demo resources), removed afterwards.
 */
@SharedContextTest
class MapViewMarkersTest {

    private static final String PLACE = "422142";
    private static final String SOURCE = "VIEW-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchTextFolding folding;

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM resource WHERE source_id LIKE ?", SOURCE + "%");
    }

    /** {@code count} clinics on a grid of 0.001° from 32.60 N, 130.20 E, a hundred to a row. */
    private void addClinics(int count) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int n = 0; n < count; n++) {
            rows.add(new Object[] {PLACE, SOURCE + n, "範囲テスト診療所" + n, 32.6 + (n / 100) * 0.001, 130.2 + (n % 100) * 0.001,
                    folding.fold("範囲テスト診療所" + n), now, "範囲テスト診療所" + n});
        }
        jdbc.batchUpdate("INSERT INTO resource (municipality_code, source_id, kind_code, name, latitude, longitude, services, "
                + "closed_on_holidays, closed_year_end, open_24h, home_visits, end_of_life_care, palliative_care, "
                + "search_text, version, updated_at, updated_by, kind_position, sort_name) "
                + "VALUES (?, ?, 'clinic', ?, ?, ?, '内科', FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, ?, 1, ?, 'test', "
                + "(SELECT position FROM resource_kind WHERE code = 'clinic'), ?)", rows);
    }

    @Test
    void aSetLargerThanOneAnswerIsCutWithItsExtentAndAViewOfItHoldsOnlyWhatIsInside() throws Exception {
        addClinics(MarkerSearch.LIMIT + 1);

        JsonNode whole = json("/map/" + PLACE + "/markers?kind=clinic", 200);
        assertThat(whole.get("truncated").asBoolean()).isTrue();
        assertThat(whole.get("limit").asInt()).isEqualTo(MarkerSearch.LIMIT);
        assertThat(whole.get("markers")).hasSize(MarkerSearch.LIMIT);
        JsonNode extent = whole.get("extent");
        assertThat(List.of(extent.get(0).asDouble(), extent.get(1).asDouble(), extent.get(2).asDouble(), extent.get(3).asDouble()))
                .as("[south, west, north, east] of all %s", MarkerSearch.LIMIT + 1)
                .containsExactly(32.6, 130.2, 32.63, 130.299);

        // Rows 10 and 11 of the grid, columns 0 to 4: ten clinics.
        JsonNode view = json("/map/" + PLACE + "/markers?kind=clinic&bbox=130.2,32.61,130.204,32.611", 200);
        assertThat(view.get("truncated").asBoolean()).isFalse();
        assertThat(view.get("extent").isNull()).isTrue();
        assertThat(view.get("markers")).hasSize(10);
        for (JsonNode marker : view.get("markers")) {
            assertThat(marker.get(1).asDouble()).isBetween(32.61, 32.611);
            assertThat(marker.get(2).asDouble()).isBetween(130.2, 130.204);
        }
        assertThat(json("/map/markers?prefecture=42&q=範囲テスト&bbox=130.2,32.61,130.204,32.611", 200).get("markers"))
                .as("the prefecture's map asks the same way").hasSize(10);
        JsonNode stillTooMany = json("/map/" + PLACE + "/markers?bbox=130,32,131,33", 200);
        assertThat(stillTooMany.get("truncated").asBoolean()).as("zoom in").isTrue();
        assertThat(stillTooMany.get("extent").isNull()).isTrue();
    }

    @Test
    void aSetThatFitsIsWholeAndAPageSaysWhenTheMapHoldsMoreThanItShows() throws Exception {
        addClinics(3);
        JsonNode whole = json("/map/" + PLACE + "/markers", 200);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(whole.get("extent").isNull()).as("the markers are the extent").isTrue();
        assertThat(whole.get("markers")).hasSize(3);

        String html = mvc.perform(get("/map/" + PLACE)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"markers-truncated\" hidden").contains("この範囲に3,000件以上あります");
        String english = mvc.perform(get("/map/" + PLACE + "?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("More than 3,000 here");
    }

    @Test
    void aBoxThatCannotBeOneIsRefusedWithAProblemNamingIt() throws Exception {
        for (String bad : List.of("130,32,131", "a,32,131,33", "131,32,130,33", "130,33,131,32", "130,32,130,33",
                "130,-91,131,33", "-181,32,131,33", "1e2,32,131,33", "130,32,131,33,1", "")) {
            MvcResult result = mvc.perform(get("/map/" + PLACE + "/markers").param("bbox", bad)).andReturn();
            assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            JsonNode problem = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("bbox");
            assertThat(problem.get("errors").get(0).get("message").asString()).as(bad).contains("地図の範囲");
        }
        MvcResult english = mvc.perform(get("/map/markers?prefecture=42&bbox=x&lang=en")).andReturn();
        assertThat(english.getResponse().getStatus()).isEqualTo(400);
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("The map area \\\"x\\\" cannot be read");
        MvcResult both = mvc.perform(get("/map/" + PLACE + "/markers?bbox=x&time=25:00&day=tue")).andReturn();
        assertThat(both.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("every problem named")
                .contains("\"bbox\"").contains("\"time\"");
    }

    private JsonNode json(String address, int status) throws Exception {
        MvcResult result = mvc.perform(get(address)).andReturn();
        assertThat(result.getResponse().getStatus()).as(address).isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
