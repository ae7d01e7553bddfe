package org.careroadmap.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SharedContextTest
class HistoryTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long id;
    String itemId;

    @BeforeEach
    void nagasakiCityEditsAnItem() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RoadmapDocument doc = CurrentActor.asSystem(() -> {
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422096"))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            RoadmapDocument created = editing.create("422096", "nagasaki-8-9");
            return editing.addItem(created.roadmap().id(), created.roadmap().version(),
                    new org.careroadmap.roadmap.ItemInput("A", "退院支援", "スムーズに移行できる", "2026", "研修会"));
        });
        id = doc.roadmap().id();
        itemId = doc.roadmap().items().get(0).id();
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, itemId).with(TestActors.editorOf("422096"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + doc.roadmap().version() + ",\"category\":\"A\",\"title\":\"=SUM(1,2)\","
                                + "\"targetVision\":\"変わった姿\",\"achievementYear\":\"2025\",\"measures\":\"研修会\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void recordsWhoChangedWhatWithTheValuesBeforeAndAfter() throws Exception {
        mvc.perform(get("/roadmaps/{id}/history", id).with(TestActors.viewerOf("422096")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("editor-422096"), containsString("項目を変更"),
                        containsString("<del>スムーズに移行できる</del>"), containsString("2026年度(令和8年度)"),
                        containsString("2025年度(令和7年度)"), containsString("system"), containsString("項目を追加"))));
    }

    @Test
    void filtersByPersonAndItem() throws Exception {
        mvc.perform(get("/roadmaps/{id}/history", id).param("person", "editor-422096").with(TestActors.viewerOf("422096")))
                .andExpect(content().string(allOf(containsString("項目を変更"), not(containsString("項目を追加</td>")))));
        mvc.perform(get("/roadmaps/{id}/history", id).param("item", "存在しない項目").with(TestActors.viewerOf("422096")))
                .andExpect(content().string(containsString("該当する変更はありません。")));
        mvc.perform(get("/roadmaps/{id}/history", id).param("from", "not-a-date").with(TestActors.viewerOf("422096")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日付を読み取れなかった")));
    }

    @Test
    void exportsCsvThatSpreadsheetsShowAsTextNeverAsFormulas() throws Exception {
        byte[] csv = mvc.perform(get("/roadmaps/{id}/history.csv", id).with(TestActors.prefectureReviewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF日時,変更者,操作");
        assertThat(text).contains("\"editor-422096\"", "\"項目を変更\"", "目指す姿: スムーズに移行できる", "目指す姿: 変わった姿");
        assertThat(text).contains(",\"'=SUM(1,2)\",").doesNotContain(",\"=SUM");
    }

    @Test
    void historyIsForTheMunicipalitysOwnStaffAndThePrefectureOnly() throws Exception {
        mvc.perform(get("/roadmaps/{id}/history", id).with(TestActors.editorOf("422100"))).andExpect(status().isNotFound());
        mvc.perform(get("/roadmaps/{id}/history", id).accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/roadmaps/{id}/history", id).with(TestActors.prefectureReviewer())).andExpect(status().isOk());
    }

    @Test
    void historyCannotBeChangedOrDeleted() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE roadmap_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/roadmaps/{id}/history", id).with(TestActors.prefectureAdmin())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE roadmap_id = ?").param(id).query(Long.class).single())
                .isEqualTo(before).isGreaterThanOrEqualTo(3);
    }
}
