package org.careroadmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SharedContextTest
@org.springframework.test.context.event.RecordApplicationEvents
class ReviewCycleTest {

    static final String CODE = "422118";  // 五島市: no demo roadmap
    static final RequestPostProcessor EDITOR = TestActors.editorOf(CODE);
    static final RequestPostProcessor VIEWER = TestActors.viewerOf(CODE);
    static final RequestPostProcessor REVIEWER = TestActors.prefectureReviewer();

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    MockMvc mvc;
    long id;

    @BeforeEach
    void completeDraftOfGotoCity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        id = CurrentActor.asSystem(() -> {
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(CODE))
                    .forEach(s -> jdbc.sql("DELETE FROM roadmap WHERE id = ?").param(s.id()).update());
            RoadmapDocument doc = editing.create(CODE, "nagasaki-8-9");
            long rid = doc.roadmap().id();
            for (CategoryCode c : CategoryCode.values()) {
                doc = editing.addItem(rid, doc.roadmap().version(), new ItemInput(c.name(), c.nameJa() + "の項目",
                        "目指す姿", "2026", "推進方策"));
                String item = doc.roadmap().itemsIn(c).get(0).id();
                doc = editing.addArrow(rid, doc.roadmap().version(), item, new ArrowInput("前期の取組", "2021", "2023", false));
                doc = editing.addArrow(rid, doc.roadmap().version(), item, new ArrowInput("後期の取組", "2022", "2026", false));
                doc = editing.addArrow(rid, doc.roadmap().version(), item, new ArrowInput("継続の取組", "2024", "2026", true));
            }
            return rid;
        });
    }

    @Test
    void submissionWithRuleErrorsIsRefusedWithTheListOfErrors() throws Exception {
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.A).get(0).id();
        long v = version();
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"category\":\"A\",\"title\":\"医療\",\"targetVision\":\"\",\"achievementYear\":\"2026\",\"measures\":\"x\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/roadmaps/{id}/submit", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (v + 1) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("提出できません"))
                .andExpect(jsonPath("$.errors[0].code").value("finding.visionMissing"));
        assertThat(status()).isNotNull();
        assertThat(CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void aWholeRoundFromSubmissionToPublication() throws Exception {
        step(EDITOR, "submit", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        // Submitted: read-only for the municipality.
        mvc.perform(post("/api/roadmaps/{id}/items", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"A\",\"title\":\"追加\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("今は変更できません"));
        step(EDITOR, "accept", null).andExpect(status().isForbidden());
        step(VIEWER, "submit", null).andExpect(status().isForbidden());
        step(REVIEWER, "return", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        step(REVIEWER, "return", "C の推進方策に回数の目標を").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));

        // The municipality fixes it and submits again.
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.C).get(0).id();
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"C\",\"title\":\"保健・予防の項目\","
                                + "\"targetVision\":\"目指す姿\",\"achievementYear\":\"2026\",\"measures\":\"教室を年12回開く\"}"))
                .andExpect(status().isOk());
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "accept", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/api/roadmaps/{id}", id)).andExpect(status().isNotFound());
        step(EDITOR, "publish", null).andExpect(status().isForbidden());
        step(REVIEWER, "publish", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        // The public sees it; the versions keep both submissions and the publication; the diff shows the fix.
        mvc.perform(get("/api/roadmaps/{id}", id)).andExpect(status().isOk());
        mvc.perform(get("/api/roadmaps/{id}/versions", id).with(VIEWER))
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("SUBMITTED", "SUBMITTED", "PUBLISHED")));
        mvc.perform(get("/api/roadmaps/{id}/versions/compare", id).param("from", "1").param("to", "2").with(VIEWER))
                .andExpect(jsonPath("$.items[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$.items[0].fields[0].field").value("measures"))
                .andExpect(jsonPath("$.items[0].fields[0].before").value("推進方策"))
                .andExpect(jsonPath("$.items[0].fields[0].after").value("教室を年12回開く"));
        mvc.perform(get("/roadmaps/{id}/versions/compare", id).param("from", "1").param("to", "2").with(VIEWER))
                .andExpect(content().string(allOf(containsString("<del>推進方策</del>"), containsString("教室を年12回開く"))));
        // Every step is in the history, and the return comment opened a thread.
        mvc.perform(get("/roadmaps/{id}/history", id).with(VIEWER))
                .andExpect(content().string(allOf(containsString("県へ提出"), containsString("差戻し"),
                        containsString("受理"), containsString("公開"))));
        mvc.perform(get("/roadmaps/{id}", id).with(EDITOR))
                .andExpect(content().string(containsString("C の推進方策に回数の目標を")));
        mvc.perform(get("/roadmaps/{id}", id)).andExpect(content().string(not(containsString("C の推進方策に回数の目標を"))));
    }

    @Test
    void theMunicipalityWithdrawsASubmissionBeforeThePrefectureActsAndCanEditAgain() throws Exception {
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "withdraw", null).andExpect(status().isForbidden());
        step(VIEWER, "withdraw", null).andExpect(status().isForbidden());
        step(EDITOR, "withdraw", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        step(EDITOR, "withdraw", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("今は変更できません"));
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.A).get(0).id();
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"A\",\"title\":\"取り下げ後に直した項目\","
                                + "\"targetVision\":\"目指す姿\",\"achievementYear\":\"2026\",\"measures\":\"推進方策\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE roadmap_id = ? ORDER BY id").param(id)
                .query(String.class).list()).containsSubsequence("roadmap.submitted", "roadmap.withdrawn", "item.changed");

        // The page's form does the same; once the prefecture has accepted, it is too late to withdraw.
        step(EDITOR, "submit", null).andExpect(status().isOk());
        mvc.perform(post("/roadmaps/{id}/withdraw", id).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "lifecycle.withdrawn"));
        assertThat(CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().status()).isEqualTo(RoadmapStatus.DRAFT);
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "accept", null).andExpect(status().isOk());
        mvc.perform(post("/roadmaps/{id}/withdraw", id).with(EDITOR).with(csrf()).param("version", Long.toString(version())))
                .andExpect(flash().attribute("conflict", true));
        assertThat(CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().status()).isEqualTo(RoadmapStatus.ACCEPTED);

        assertThat(events.stream(org.careroadmap.roadmap.ReviewStepTaken.class).map(e -> e.step().name()).toList())
                .containsExactly("SUBMIT", "WITHDRAW", "SUBMIT", "WITHDRAW", "SUBMIT", "ACCEPT");
        assertThat(events.stream(org.careroadmap.roadmap.RoadmapWithdrawn.class))
                .allSatisfy(e -> {
                    assertThat(e.roadmapId()).isEqualTo(id);
                    assertThat(e.municipalityCode()).isEqualTo(CODE);
                    assertThat(e.actor()).isEqualTo("editor-" + CODE);
                    assertThat(e.actorRole()).isEqualTo("MUNICIPALITY_EDITOR");
                }).hasSize(2);
    }

    @Test
    void eachStepPublishesItsPastTenseEventWithWhoAndTheReturnComment() throws Exception {
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "return", "理由").andExpect(status().isOk());
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "accept", null).andExpect(status().isOk());
        step(REVIEWER, "publish", null).andExpect(status().isOk());
        step(EDITOR, "reopen", null).andExpect(status().isOk());
        assertThat(events.stream(org.careroadmap.roadmap.ReviewStepTaken.class).map(e -> e.getClass().getSimpleName()))
                .containsExactly("RoadmapSubmitted", "RoadmapReturned", "RoadmapSubmitted", "RoadmapAccepted",
                        "RoadmapPublished", "RoadmapReopened");
        assertThat(events.stream(org.careroadmap.roadmap.RoadmapReturned.class).findFirst().orElseThrow())
                .satisfies(e -> {
                    assertThat(e.comment()).isEqualTo("理由");
                    assertThat(e.actor()).isEqualTo("reviewer-42");
                    assertThat(e.municipalityCode()).isEqualTo(CODE);
                });
        assertThat(events.stream(org.careroadmap.roadmap.ReviewStepTaken.class)).allSatisfy(e -> {
            assertThat(e.roadmapId()).isEqualTo(id);
            assertThat(e.at()).isNotNull();
        });
    }

    @Test
    void aRevisionKeepsThePublishedVersionPublicUntilTheNextPublication() throws Exception {
        publish();
        step(EDITOR, "reopen", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.B).get(0).id();
        mvc.perform(put("/api/roadmaps/{id}/items/{item}", id, item).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"B\",\"title\":\"まだ公開しない改訂\","
                                + "\"targetVision\":\"目指す姿\",\"achievementYear\":\"2026\",\"measures\":\"推進方策\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/roadmaps/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.items[?(@.title == 'まだ公開しない改訂')]").isEmpty());
        mvc.perform(get("/api/roadmaps/{id}", id).with(EDITOR))
                .andExpect(jsonPath("$.items[?(@.title == 'まだ公開しない改訂')]").isNotEmpty());
    }

    @Test
    void carryingForwardExtendsContinuingArrowsAndKeepsOnlyWhatFitsTheNewColumns() throws Exception {
        publish();
        mvc.perform(post("/api/roadmaps/{id}/carry-forward", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"templateId\":\"nagasaki-9-10\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.template.shownYears[0]").value(2024))
                .andExpect(jsonPath("$.items.length()").value(8))
                .andExpect(jsonPath("$.items[0].arrows.length()").value(2))
                .andExpect(jsonPath("$.items[0].arrows[0].label").value("後期の取組"))
                .andExpect(jsonPath("$.items[0].arrows[0].startYear").value(2024))
                .andExpect(jsonPath("$.items[0].arrows[0].endYear").value(2026))
                .andExpect(jsonPath("$.items[0].arrows[1].label").value("継続の取組"))
                .andExpect(jsonPath("$.items[0].arrows[1].endYear").value(2029))
                .andExpect(jsonPath("$.items[0].arrows[1].continues").value(true));
    }

    @Test
    void reviewersAndStaffDiscussPerItemAndUnresolvedThreadsAreCounted() throws Exception {
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.E).get(0).id();
        mvc.perform(post("/roadmaps/{id}/comments", id).with(REVIEWER).with(csrf()).param("itemId", item)
                .param("body", "見守り協定の数を指標にしては")).andExpect(status().is3xxRedirection());
        long thread = jdbc.sql("SELECT id FROM review_comment WHERE roadmap_id = ? AND parent_id IS NULL").param(id)
                .query(Long.class).single();
        mvc.perform(post("/roadmaps/{id}/comments/{t}/replies", id, thread).with(EDITOR).with(csrf())
                .param("body", "次の提出で追加します")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/roadmaps/{id}/comments", id).with(VIEWER).with(csrf()).param("body", "閲覧者"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/roadmaps/{id}/comments", id).with(TestActors.editorOf("422100")).with(csrf()).param("body", "他市"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/roadmaps/{id}", id).with(VIEWER))
                .andExpect(content().string(allOf(containsString("見守り協定の数を指標にしては"),
                        containsString("次の提出で追加します"), containsString("コメント（未解決 1件）"))));
        mvc.perform(get("/review").with(REVIEWER)).andExpect(status().isOk());
        mvc.perform(post("/roadmaps/{id}/comments/{t}/resolve", id, thread).with(EDITOR).with(csrf()).param("resolved", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/roadmaps/{id}", id).with(VIEWER)).andExpect(content().string(containsString("コメント（未解決 0件）")));
    }

    @Test
    void commentFormsTakeTheirLengthLimitFromTheCommentRecord() throws Exception {
        String item = CurrentActor.asSystem(() -> roadmaps.get(id)).roadmap().itemsIn(CategoryCode.E).get(0).id();
        mvc.perform(post("/roadmaps/{id}/comments", id).with(REVIEWER).with(csrf()).param("itemId", item)
                .param("body", "指標は")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/roadmaps/{id}", id).with(EDITOR)).andExpect(content().string(allOf(
                containsString("name=\"body\" rows=\"3\" maxlength=\"" + CommentBody.MAX + "\""),
                containsString("name=\"body\" rows=\"2\" maxlength=\"" + CommentBody.MAX + "\""))));
        mvc.perform(post("/roadmaps/{id}/comments", id).with(REVIEWER).with(csrf()).param("itemId", item)
                        .param("body", "あ".repeat(CommentBody.MAX + 1)))
                .andExpect(flash().attribute("commentError", "コメントを" + CommentBody.MAX + "文字以内で入力してください。"));
    }

    @Test
    void administratorOpensARoundAndTheDashboardMarksWhoIsOverdue() throws Exception {
        mvc.perform(post("/review/rounds").with(REVIEWER).with(csrf()).param("fiscalYear", "2026")
                .param("deadline", "2026-01-01").param("templateId", "nagasaki-8-9")).andExpect(status().isForbidden());
        mvc.perform(post("/review/rounds").with(TestActors.prefectureAdmin()).with(csrf()).param("fiscalYear", "令和8年度")
                .param("deadline", "not a date").param("templateId", "nagasaki-8-9")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/review/rounds").with(TestActors.prefectureAdmin()).with(csrf()).param("fiscalYear", "令和8年度")
                .param("deadline", "2026-04-30").param("templateId", "nagasaki-8-9")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/review").param("sort", "status").param("dir", "desc").with(REVIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html.split("<tr class=\"overdue\"").length - 1).as("overdue rows").isGreaterThanOrEqualTo(10);
        assertThat(html).contains("五島市", "期限超過", "2026-04-30");
        mvc.perform(get("/review").with(EDITOR)).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/review.xlsx").with(REVIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(22);  // title, header, 21 municipalities
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("A 医療");
            assertThat(sheet.getPrintSetup().getLandscape()).as("printed landscape").isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as("one page wide").isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().getFirstRow()).as("the heading row on every page").isEqualTo(1);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(1);
            boolean gotoFound = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 1 && "五島市".equals(row.getCell(1).getStringCellValue())) {
                    gotoFound = true;
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("期限超過");
                    assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(8);
                }
            }
            assertThat(gotoFound).isTrue();
        }
        mvc.perform(get("/").with(EDITOR)).andExpect(content().string(containsString("提出期限は 2026-04-30")));
    }

    private org.springframework.test.web.servlet.ResultActions step(RequestPostProcessor who, String step, String comment)
            throws Exception {
        String body = "{\"version\":" + version() + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return mvc.perform(post("/api/roadmaps/{id}/" + step, id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void publish() throws Exception {
        step(EDITOR, "submit", null).andExpect(status().isOk());
        step(REVIEWER, "accept", null).andExpect(status().isOk());
        step(REVIEWER, "publish", null).andExpect(status().isOk());
    }

    private long version() {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(id).query(Long.class).single();
    }

    static org.hamcrest.Matcher<Iterable<? super String>> has(String s) {
        return hasItem(s);
    }
}
