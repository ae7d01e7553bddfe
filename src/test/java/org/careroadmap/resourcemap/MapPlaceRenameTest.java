package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A municipality renamed by SQL beside the application (reference data have no screen) shows on the very next map
 * page of its prefecture, in the prefecture's place list and on its own map, on a node that had read the old name:
 * the page's one state query carries the prefecture's codes and names, and the node's directory of places is read
 * again when they differ. 五島市 (422118), renamed back afterwards.
 */
@SharedContextTest
class MapPlaceRenameTest {

    private static final String GOTO = "422118";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void renameBack() {
        jdbc.sql("UPDATE municipality SET name = '五島市', name_en = 'Goto City' WHERE code = ?").param(GOTO).update();
    }

    @Test
    void aRenameBySqlShowsOnTheNextMapPageOfItsPrefecture() throws Exception {
        assertThat(page("/map?prefecture=42")).contains("五島市").doesNotContain("福江市");
        assertThat(page("/map/" + GOTO)).contains("五島市");

        jdbc.sql("UPDATE municipality SET name = '福江市' WHERE code = ?").param(GOTO).update();
        assertThat(page("/map?prefecture=42")).as("same length, same number of municipalities").contains("福江市")
                .doesNotContain("五島市");
        assertThat(page("/map/" + GOTO)).contains("福江市").doesNotContain("五島市");

        jdbc.sql("UPDATE municipality SET name_en = 'Goto Town' WHERE code = ?").param(GOTO).update();
        assertThat(page("/map/" + GOTO + "?lang=en")).contains("Goto Town");
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
