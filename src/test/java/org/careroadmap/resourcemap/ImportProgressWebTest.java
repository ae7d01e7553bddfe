package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import form's progress bar: the upload form carries a server-made import id, the reading writes how far it
 * has come under it (outside the import's transaction, in the database), and only the account that uploaded can
 * read it back from {@code /map/imports/progress/{id}}.
 */
@SharedContextTest
class ImportProgressWebTest {

    static final String IKI = "422100";
    static final RequestPostProcessor IKI_EDITOR = TestActors.editorOf(IKI);
    static final RequestPostProcessor OTHER_IKI_EDITOR = TestActors.as(Actor.of("other-editor-422100",
            Role.MUNICIPALITY_EDITOR, "42", IKI));
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportProgresses progresses;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String progressIdOfTheForm() throws Exception {
        String form = body(mvc.perform(get("/map/" + IKI + "/import").with(IKI_EDITOR)).andReturn());
        String marker = "name=\"progress\" value=\"";
        int start = form.indexOf(marker) + marker.length();
        String id = form.substring(start, form.indexOf('"', start));
        assertThat(ImportProgresses.isId(id)).as(id).isTrue();
        assertThat(form).contains("data-progress-url=\"/map/imports/progress/" + id + "\"").contains("data-busy-status");
        return id;
    }

    @Test
    void aPreviewLeavesItsProgressAtTheEndForTheAccountThatUploadedIt() throws Exception {
        String id = progressIdOfTheForm();

        MvcResult upload = mvc.perform(multipart("/map/" + IKI + "/import")
                .file(new MockMultipartFile("file", "large.csv", "text/csv", LargeOpenDataFile.careServices("PRG", 1200)))
                .param("progress", id).with(IKI_EDITOR).with(csrf())).andReturn();
        assertThat(upload.getResponse().getStatus()).as(body(upload)).isEqualTo(302);

        MvcResult answer = mvc.perform(get("/map/imports/progress/" + id).with(IKI_EDITOR)).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        JsonNode progress = JSON.readTree(body(answer));
        assertThat(progress.path("phase").asString()).isEqualTo("done");
        assertThat(progress.path("rowsTotal").asInt()).isEqualTo(600);
        assertThat(progress.path("rowsDone").asInt()).isEqualTo(600);
        assertThat(progress.path("percent").asInt()).isEqualTo(100);
        assertThat(progress.path("message").asString()).isEqualTo("確認画面を開いています…");
        assertThat(JSON.readTree(body(mvc.perform(get("/map/imports/progress/" + id + "?lang=en").with(IKI_EDITOR)).andReturn()))
                .path("message").asString()).isEqualTo("Opening the preview…");
    }

    @Test
    void anotherAccountAndAnUnknownIdGetTheSame404AndAViewerIsRefused() throws Exception {
        String id = progressIdOfTheForm();
        progresses.write(id, "editor-" + IKI, new ImportProgress(ImportProgress.Phase.CHECKING, 12000, 20000));

        assertThat(mvc.perform(get("/map/imports/progress/" + id).with(IKI_EDITOR)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/map/imports/progress/" + id).with(OTHER_IKI_EDITOR)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/map/imports/progress/" + ImportProgresses.newId()).with(IKI_EDITOR)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/map/imports/progress/" + id).with(TestActors.viewerOf(IKI))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theBarsTextCountsTheRowsCheckedSoFar() throws Exception {
        String id = ImportProgresses.newId();
        progresses.write(id, "editor-" + IKI, new ImportProgress(ImportProgress.Phase.CHECKING, 12000, 20000));

        JsonNode progress = JSON.readTree(body(mvc.perform(get("/map/imports/progress/" + id).with(IKI_EDITOR)).andReturn()));

        assertThat(progress.path("message").asString()).isEqualTo("12,000 / 20,000 行を確認しました");
        assertThat(progress.path("percent").asInt()).isEqualTo(5 + 55 * 12000 / 20000);
    }

    @Test
    void theProgressEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode paths = JSON.readTree(body(mvc.perform(get("/v3/api-docs")).andReturn())).path("paths");

        assertThat(paths.has("/map/imports/progress/{id}")).isTrue();
        assertThat(paths.has("/map/imports/{token}")).as("only the progress JSON, not the import pages").isFalse();
    }

    @Test
    void anIdAnotherAccountHoldsIsNeitherMovedNorTakenOver() {
        String id = ImportProgresses.newId();
        progresses.write(id, "first-account", new ImportProgress(ImportProgress.Phase.CHECKING, 100, 1000));

        progresses.write(id, "second-account", new ImportProgress(ImportProgress.Phase.DONE, 1000, 1000));

        assertThat(progresses.find(id, "first-account")).contains(new ImportProgress(ImportProgress.Phase.CHECKING, 100, 1000));
        assertThat(progresses.find(id, "second-account")).isEmpty();
    }

    @Test
    void rowsUntouchedForADayGoWhenTheNextImportStartsWriting() {
        String old = ImportProgresses.newId();
        jdbc.sql("INSERT INTO import_progress (id, account, rows_done, rows_total, phase, updated_at) VALUES (?, 'x', 0, 0, 'DECODING', ?)")
                .params(old, Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).update();

        progresses.write(ImportProgresses.newId(), "editor-" + IKI, new ImportProgress(ImportProgress.Phase.DECODING, 0, 0));

        assertThat(progresses.find(old, "x")).isEmpty();
    }
}
