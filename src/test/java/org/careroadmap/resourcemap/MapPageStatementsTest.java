package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How many SQL statements a public map page costs (issue 12). Before paging (stop 11) a page cost five: the
 * place, the list, the kinds, the place's data version and the areas or the prefecture's municipalities. Now the
 * place's state is one statement (its resources' version, its kinds' and the municipalities' number) under which
 * the kinds, the service choices, the count and the places are kept, then one page of the list (no second query
 * for the hours of its rows); a municipality adds its 日常生活圏域. Counted through the wrapper of the real
 * DataSource (StatementCounting).
 */
@SharedContextTest
class MapPageStatementsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aFilteredMapOfTheWholePrefectureCostsTwoStatementsAndOfAMunicipalityThree() {
        for (String page : List.of("/map/422100?kind=visiting-nursing&night=1&day=tue&time=10:00", "/map/422100",
                "/map/422100?page=2", "/map?prefecture=42&kind=clinic&eol=1&day=sat", "/map?prefecture=42",
                "/map?prefecture=42&day=sat&time=10:00")) {
            request(page);
            List<String> statements = StatementCounting.during(() -> request(page));

            assertThat(statements).as("statements of %s: %s", page, statements)
                    .hasSizeLessThanOrEqualTo(page.startsWith("/map?") ? 2 : 3)
                    .anyMatch(s -> s.contains("FROM resource r WHERE") && s.contains("ORDER BY r.municipality_code, r.kind_position"));
            assertThat(statements).as("the service choices are kept under the version")
                    .noneMatch(s -> s.contains("DISTINCT r.services"));
            assertThat(statements).as("no query for the hours of the listed rows")
                    .noneMatch(s -> s.contains("FROM resource_hours WHERE resource_id IN"));
            assertThat(statements).as("a prefecture is a range of codes").noneMatch(s -> s.contains("municipality_code LIKE"));
            assertThat(statements).as("kinds, places and the count are kept under the state").noneMatch(s -> s.contains(
                    "position FROM resource_kind") || s.contains("FROM prefecture") || s.startsWith("SELECT COUNT(*) FROM (SELECT"));
        }
    }

    private int request(String path) {
        try {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(200);
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
