package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 次期計画へ引き継ぐ keeps each item's line (roadmap_item.lineage), and the new draft marks the items that fell short
 * (△ or ×) in the previous period by it: still marked after a rename in the draft. Rows without a line (carried
 * before V213) are matched by their 項目. Real application and database, through the API.
 */
@SharedContextTest
class CarriedShortfallLineageTest {

    static final String CODE = "422118";  // 五島市: no demo roadmap; ReviewCycleTest clears it the same way
    static final RequestPostProcessor EDITOR = TestActors.editorOf(CODE);
    static final RequestPostProcessor REVIEWER = TestActors.prefectureReviewer();

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long id;

    @BeforeEach
    void acceptedRoadmapOfGotoCity() {
        id = CurrentActor.asSystem(() -> {
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(CODE))
                    .forEach(s -> jdbc.sql("DELETE FROM roadmap WHERE id = ?").param(s.id()).update());
            RoadmapDocument doc = editing.create(CODE, "nagasaki-8-9");
            long rid = doc.roadmap().id();
            for (CategoryCode c : CategoryCode.values()) {
                doc = editing.addItem(rid, doc.roadmap().version(), new ItemInput(c.name(), c.nameJa() + "の項目",
                        "目指す姿", "2026", "推進方策"));
                String item = doc.roadmap().itemsIn(c).get(0).id();
                doc = editing.addArrow(rid, doc.roadmap().version(), item, new ArrowInput("継続の取組", "2024", "2026", true));
            }
            return rid;
        });
    }

    @Test
    void anItemRatedShortInThePreviousPeriodIsStillMarkedAfterItsRenameInTheNewDraft() throws Exception {
        String a = itemOf(id, CategoryCode.A);
        String b = itemOf(id, CategoryCode.B);
        rate(id, a, "△");
        rate(id, b, "◎");
        step(id, EDITOR, "submit");
        step(id, REVIEWER, "accept");
        long draft = json.readTree(mvc.perform(post("/api/roadmaps/{id}/carry-forward", id).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"templateId\":\"nagasaki-9-10\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .path("id").asLong();
        String carriedA = itemOf(draft, CategoryCode.A);
        assertThat(jdbc.sql("SELECT lineage FROM roadmap_item WHERE id = ?").param(carriedA).query(String.class).single())
                .isEqualTo(a);
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", draft, carriedA).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(draft) + ",\"category\":\"A\",\"title\":\"在宅医療と介護の連携（改称）\","
                                + "\"targetVision\":\"目指す姿\",\"achievementYear\":\"2027\",\"measures\":\"推進方策\"}"))
                .andExpect(status().isOk());

        Map<String, Boolean> marked = carriedShortfalls(draft);
        assertThat(marked).containsEntry(carriedA, true).containsEntry(itemOf(draft, CategoryCode.B), false);

        // A draft carried before lines were kept: its items have none and are matched by their 項目.
        jdbc.sql("UPDATE roadmap_item SET lineage = NULL WHERE roadmap_id = ?").param(draft).update();
        jdbc.sql("UPDATE roadmap SET version = version + 1 WHERE id = ?").param(draft).update();
        marked = carriedShortfalls(draft);
        assertThat(marked).containsEntry(carriedA, false);
    }

    private Map<String, Boolean> carriedShortfalls(long roadmapId) throws Exception {
        JsonNode overview = json.readTree(mvc.perform(get("/api/roadmaps/{id}/progress", roadmapId).with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, Boolean> marked = new HashMap<>();
        overview.path("items").forEach(i -> marked.put(i.path("id").asString(), i.path("carriedShortfall").asBoolean()));
        return marked;
    }

    private void rate(long roadmapId, String itemId, String rating) throws Exception {
        mvc.perform(put("/api/roadmaps/{id}/progress/items/{item}/evaluations/2023/YEAR_END", roadmapId, itemId)
                        .with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("done", "実施した", "rating", rating))))
                .andExpect(status().isOk());
    }

    private void step(long roadmapId, RequestPostProcessor who, String step) throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/" + step, roadmapId).with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version(roadmapId) + "}")).andExpect(status().isOk());
    }

    private String itemOf(long roadmapId, CategoryCode category) {
        return CurrentActor.asSystem(() -> roadmaps.get(roadmapId)).roadmap().itemsIn(category).get(0).id();
    }

    private long version(long roadmapId) {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(roadmapId).query(Long.class).single();
    }
}
