package org.careroadmap.progress;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A progress report step without the version it was based on is answered like a roadmap write without one:
 * 428 with the same problem in JSON, and the same 428 page for a form; nothing changes.
 */
@SharedContextTest
class ProgressVersionRequiredTest {

    static final RequestPostProcessor EDITOR = TestActors.editorOf("422100");

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportStepWithoutVersionIs428InJsonAndOnTheFormLikeARoadmapStep() throws Exception {
        long id = CurrentActor.asSystem(() -> roadmaps.list(ListScope.municipality(new MunicipalityCode("422100")))
                .stream().mapToLong(s -> s.id()).min().orElseThrow());
        String roadmapTitle = mvc.perform(post("/api/roadmaps/{id}/submit", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired()).andReturn().getResponse().getContentAsString();
        String title = tools.jackson.databind.json.JsonMapper.builder().build().readTree(roadmapTitle).path("title").asString();

        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2021/submit", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.title").value(title));
        mvc.perform(post("/api/roadmaps/{id}/progress/reports/2021/submit", id).with(EDITOR)
                        .header("If-Match", "\"abc\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/roadmaps/{id}/progress/reports/2021/submit", id).with(EDITOR).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM progress_report WHERE roadmap_id = ? AND fiscal_year = 2021 AND status <> 'DRAFT'")
                .param(id).query(Long.class).single()).isZero();
    }
}
