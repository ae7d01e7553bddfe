package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Characters XML 1.0 cannot hold — NUL and the other control characters — are refused at input with a clear 400
 * (never a 500, on PostgreSQL neither), and the Excel writers drop them anyway, so text stored before this check
 * cannot break an export the importer then refuses. (In the shared Spring context.)
 */
@SharedContextTest
class ControlCharacterTest {

    static final String MINAMISHIMABARA = "422142";
    static final RequestPostProcessor EDITOR = TestActors.editorOf(MINAMISHIMABARA);

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long roadmap;

    @BeforeEach
    void setUp() {
        // As the container runs it: the filter before Spring Security's chain.
        ControlCharacterFilter filter = (ControlCharacterFilter) context.getBean("controlCharacterFilter",
                org.springframework.boot.web.servlet.FilterRegistrationBean.class).getFilter();
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(filter).apply(springSecurity()).build();
        roadmap = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(MINAMISHIMABARA) && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create(MINAMISHIMABARA, "nagasaki-9-10").roadmap().id()));
    }

    @ParameterizedTest(name = "an item title holding U+{0} is refused")
    @ValueSource(ints = {0x0000, 0x0001, 0x000B, 0x001F, 0xFFFF})
    void itemTextWithControlCharactersIsRefused(int codePoint) throws Exception {
        String title = "a" + new String(Character.toChars(codePoint)) + "b";
        mvc.perform(post("/api/roadmaps/{id}/items", roadmap).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"A\",\"title\":\"" + jsonEscape(title) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].code").value("text.controlCharacters"));
    }

    @Test
    void anArrowLabelWithAControlCharacterIsRefused() throws Exception {
        String itemId = addItem("制御文字の矢印");
        mvc.perform(post("/api/roadmaps/{id}/items/{item}/arrows", roadmap, itemId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"label\":\"a\\u0001b\",\"startYear\":\"2027\",\"endYear\":\"2028\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("text.controlCharacters"));
    }

    @Test
    void textStoredWithAControlCharacterStillExportsAWorkbookTheImporterReads() throws Exception {
        String itemId = addItem("古いデータ");
        mvc.perform(post("/api/roadmaps/{id}/items/{item}/arrows", roadmap, itemId).with(EDITOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"label\":\"ab\",\"startYear\":\"2027\",\"endYear\":\"2028\"}"))
                .andExpect(status().isCreated());
        // As if written before the input check existed, or around the application.
        jdbc.sql("UPDATE roadmap_arrow SET label = ? WHERE roadmap_item_id = ?").param("a\u0001b").param(itemId).update();
        jdbc.sql("UPDATE roadmap_item SET measures = ? WHERE id = ?").param("x\u0002y").param(itemId).update();

        byte[] export = mvc.perform(get("/api/roadmaps/{id}/xlsx", roadmap).with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
            assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getShapes()).isNotEmpty();
        }
        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", roadmap).file(new MockMultipartFile("file", "r.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export)).with(EDITOR))
                .andExpect(status().isOk());
    }

    @Test
    void aNulInAQueryParameterIsA400NotAServerError() throws Exception {
        mvc.perform(get("/roadmaps/{id}/history", roadmap).param("person", "\u0000").with(TestActors.prefectureReviewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/roadmaps").param("municipality", "42\u00002100"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipality"))
                .andExpect(jsonPath("$.errors[0].code").value("text.controlCharacters"));
    }

    @Test
    void aNulInTheSignInFormOrACommentIsA400() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "admin\u0000").param("password", "whatever-it-is"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/roadmaps/{id}/comments", roadmap).with(TestActors.prefectureReviewer()).with(csrf())
                        .param("body", "nul\u0000here"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_comment WHERE roadmap_id = ?").param(roadmap).query(Long.class).single())
                .isZero();
    }

    @Test
    void writersDropWhatXmlCannotHoldAndKeepEverythingElse() {
        assertThat(PlainText.xmlSafe("a\u0001b\tc\nd\u0000e\uFFFFf𠮷")).isEqualTo("ab\tc\ndef𠮷");
        assertThat(PlainText.holdsOnlyXmlCharacters("壱岐市\n地域ケア会議\t")).isTrue();
        assertThat(PlainText.holdsOnlyXmlCharacters("\uD800")).isFalse();
    }

    private String addItem(String title) throws Exception {
        mvc.perform(post("/api/roadmaps/{id}/items", roadmap).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"B\",\"title\":\"" + title
                                + "\",\"targetVision\":\"v\",\"achievementYear\":\"2028\",\"measures\":\"m\"}"))
                .andExpect(status().isCreated());
        return jdbc.sql("SELECT id FROM roadmap_item WHERE roadmap_id = ? AND title = ? ORDER BY position DESC")
                .param(roadmap).param(title).query(String.class).list().get(0);
    }

    private long version() {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(roadmap).query(Long.class).single();
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
