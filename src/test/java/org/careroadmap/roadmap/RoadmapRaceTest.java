package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Races end in one roadmap and clear 409s: parallel creates, carry-forwards and creates from Excel for one
 * municipality and edition leave exactly one roadmap (the database's unique constraint), and a roadmap that was
 * ever submitted or published cannot be deleted, even after reopening it. (In the shared Spring context;
 * runs on PostgreSQL with {@code TEST_DATABASE=postgresql}.)
 */
@SharedContextTest
class RoadmapRaceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void tenParallelCreatesMakeOneRoadmapAndTheOthersAreRefused() throws Exception {
        String code = "423211";
        List<MvcResult> results = parallel(10, i -> mvc.perform(post("/api/roadmaps").with(TestActors.editorOf(code))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalityCode\":\"" + code + "\",\"templateId\":\"nagasaki-9-10\"}")).andReturn());
        assertOneCreatedOthersRefused(results);
        assertThat(roadmapsOf(code, "nagasaki-9-10")).isEqualTo(1);
    }

    @Test
    void parallelCarryForwardsMakeOneRoadmap() throws Exception {
        String shimabara = "422037";
        long accepted = jdbc.sql("SELECT id FROM roadmap WHERE municipality_code = ? AND template_id = 'nagasaki-8-9'")
                .param(shimabara).query(Long.class).single();
        List<MvcResult> results = parallel(8, i -> mvc.perform(post("/api/roadmaps/{id}/carry-forward", accepted)
                .with(TestActors.editorOf(shimabara)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"templateId\":\"nagasaki-9-10\"}")).andReturn());
        assertOneCreatedOthersRefused(results);
        assertThat(roadmapsOf(shimabara, "nagasaki-9-10")).isEqualTo(1);
    }

    @Test
    void parallelCreatesFromExcelMakeOneRoadmap() throws Exception {
        String togitsu = "423084";
        byte[] sheet;
        try (InputStream in = getClass().getResourceAsStream("/xlsx/small-roadmap.xlsx")) {
            sheet = in.readAllBytes();
        }
        RequestPostProcessor editor = TestActors.editorOf(togitsu);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String preview = mvc.perform(multipart("/api/municipalities/{code}/roadmaps/xlsx", togitsu)
                            .file(new MockMultipartFile("file", "r.xlsx", XLSX, sheet)).with(editor))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            tokens.add(JsonPath.read(preview, "$.token"));
        }
        List<MvcResult> results = parallel(5, i -> mvc.perform(post("/api/imports/{token}", tokens.get(i)).with(editor)).andReturn());
        assertOneCreatedOthersRefused(results);
        assertThat(roadmapsOf(togitsu, "nagasaki-9-10")).isEqualTo(1);
    }

    @Test
    void aReopenedPublishedRoadmapCannotBeDeletedAndKeepsItsVersionsAndHistory() throws Exception {
        String hirado = "422070";
        long id = jdbc.sql("SELECT id FROM roadmap WHERE municipality_code = ? AND status = 'PUBLISHED'").param(hirado)
                .query(Long.class).single();
        long version = jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/api/roadmaps/{id}/reopen", id).with(TestActors.editorOf(hirado))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isOk());
        long reopened = jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(id).query(Long.class).single();
        long versionsBefore = jdbc.sql("SELECT COUNT(*) FROM roadmap_snapshot WHERE roadmap_id = ?").param(id).query(Long.class).single();
        long historyBefore = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE roadmap_id = ?").param(id).query(Long.class).single();

        mvc.perform(delete("/api/roadmaps/{id}", id).param("version", "" + reopened).with(TestActors.editorOf(hirado)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("削除できません")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap WHERE id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_snapshot WHERE roadmap_id = ?").param(id).query(Long.class).single())
                .isEqualTo(versionsBefore).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE roadmap_id = ?").param(id).query(Long.class).single())
                .isEqualTo(historyBefore);
        mvc.perform(get("/api/roadmaps/{id}", id)).andExpect(status().isOk());
    }

    @Test
    void aDraftThatWasNeverSubmittedCanStillBeDeleted() throws Exception {
        String code = "423220";
        String created = mvc.perform(post("/api/roadmaps").with(TestActors.editorOf(code)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalityCode\":\"" + code + "\",\"templateId\":\"nagasaki-8-9\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        Number version = JsonPath.read(created, "$.version");
        mvc.perform(delete("/api/roadmaps/{id}", id.longValue()).param("version", "" + version).with(TestActors.editorOf(code)))
                .andExpect(status().is2xxSuccessful());
        assertThat(roadmapsOf(code, "nagasaki-8-9")).isZero();
    }

    private static void assertOneCreatedOthersRefused(List<MvcResult> results) {
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 201).hasSize(1);
        // Losers that read after the winner committed get the early check's 400; those that raced it, 409.
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() != 201)
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(400, 409));
    }

    private long roadmapsOf(String code, String template) {
        return jdbc.sql("SELECT COUNT(*) FROM roadmap WHERE municipality_code = ? AND template_id = ?").param(code).param(template)
                .query(Long.class).single();
    }

    interface Call {
        MvcResult run(int i) throws Exception;
    }

    private static List<MvcResult> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> call.run(index));
            }
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
