package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/resources} answers one bounded page at a time: {@code size} (default 100, at most 500) resources
 * from {@code page}, with the same filters as the public map, and a Link header naming the first, previous and next
 * pages with the filters kept. A page number or size that cannot be read is a 400 problem detail naming it. The
 * demo's resources of 壱岐市.
 */
@SharedContextTest
class ResourceApiPagingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePagesTogetherAreTheWholeListOnceAndTheLinksLeadFromOneToTheNextKeepingTheFilters() throws Exception {
        long total = jdbc.sql("SELECT COUNT(*) FROM resource WHERE municipality_code = '422100'").query(Long.class).single();
        assertThat(total).as("the demo's resources").isGreaterThan(50);

        List<Long> ids = new ArrayList<>();
        String address = "/api/resources?municipality=422100&size=20";
        int pages = 0;
        while (address != null) {
            MvcResult result = mvc.perform(get(address)).andReturn();
            assertThat(result.getResponse().getStatus()).as(address).isEqualTo(200);
            JsonNode page = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            Map<String, String> links = links(result.getResponse().getHeader("Link"));
            pages++;
            assertThat(page.get("page").asInt()).isEqualTo(pages);
            assertThat(page.get("size").asInt()).isEqualTo(20);
            assertThat(page.get("count").asInt()).isEqualTo(page.get("resources").size()).isLessThanOrEqualTo(20);
            assertThat(page.get("truncated").asBoolean()).isEqualTo(links.containsKey("next"));
            assertThat(links.get("first")).endsWith("/api/resources?municipality=422100&size=20&page=1");
            assertThat(links.containsKey("prev")).isEqualTo(pages > 1);
            page.get("resources").forEach(r -> ids.add(r.get("id").asLong()));
            address = links.get("next") == null ? null : links.get("next").replaceFirst("^http://localhost", "");
        }
        assertThat(pages).isEqualTo((int) ((total + 19) / 20));
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();

        MvcResult filtered = mvc.perform(get("/api/resources?municipality=422100&kind=clinic&q=診療所&size=1&page=2")).andReturn();
        Map<String, String> links = links(filtered.getResponse().getHeader("Link"));
        assertThat(links.get("prev")).contains("kind=clinic").contains("size=1").endsWith("page=1");
        assertThat(links.get("next")).contains("q=%E8%A8%BA%E7%99%82%E6%89%80").endsWith("page=3");
        JsonNode page = JSON.readTree(filtered.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.get("resources").get(0).get("kind").asString()).isEqualTo("clinic");
    }

    @Test
    void anAnswerIsBoundedByItsSizeWhoseDefaultIsAHundred() throws Exception {
        JsonNode whole = JSON.readTree(mvc.perform(get("/api/resources?prefecture=42")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(whole.get("size").asInt()).isEqualTo(ResourcePage.DEFAULT_SIZE);
        assertThat(whole.get("page").asInt()).isEqualTo(1);
        assertThat(whole.get("resources").size()).isLessThanOrEqualTo(ResourcePage.DEFAULT_SIZE);
        JsonNode five = JSON.readTree(mvc.perform(get("/api/resources?prefecture=42&size=5")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(five.get("resources")).hasSize(5);
        assertThat(five.get("truncated").asBoolean()).isTrue();
        JsonNode past = JSON.readTree(mvc.perform(get("/api/resources?prefecture=42&page=10000")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(past.get("resources")).as("a page after the last is empty, not an error").isEmpty();
        assertThat(past.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aPageOrSizeThatCannotBeReadIsAProblemNamingIt() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("page=0", "page");
        bad.put("page=abc", "page");
        bad.put("page=10001", "page");
        bad.put("page=-1", "page");
        bad.put("size=0", "size");
        bad.put("size=501", "size");
        bad.put("size=1.5", "size");
        for (Map.Entry<String, String> asked : bad.entrySet()) {
            MvcResult result = mvc.perform(get("/api/resources?municipality=422100&" + asked.getKey())).andReturn();
            assertThat(result.getResponse().getStatus()).as(asked.getKey()).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            JsonNode problem = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("errors").get(0).get("field").asString()).as(asked.getKey()).isEqualTo(asked.getValue());
        }
        String japanese = mvc.perform(get("/api/resources?municipality=422100&size=501")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(japanese).contains("1から500までの数字");
        String english = mvc.perform(get("/api/resources?municipality=422100&page=x&lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The page number \\\"x\\\" cannot be read");
        String both = mvc.perform(get("/api/resources?page=0&size=0")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(both).as("every problem named").contains("\"municipality\"").contains("\"page\"").contains("\"size\"");
    }

    private static Map<String, String> links(String header) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(header == null ? "" : header);
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }
}
