package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SmallUploadLimitTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The download buttons and the upload, preview and confirm screens, as the municipality's editor sees them. */
@SmallUploadLimitTest
class SpreadsheetPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    /** A new empty draft on the edition (none: no 第9期・第10期 roadmap), replacing one left by another test. */
    RoadmapDocument fresh(String code, String templateId) {
        return CurrentActor.asSystem(() -> {
            String edition = templateId == null ? "nagasaki-9-10" : templateId;
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(code))
                    .filter(s -> s.template().id().equals(edition))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return templateId == null ? null : editing.create(code, templateId);
        });
    }

    RoadmapDocument read(long id) {
        return CurrentActor.asSystem(() -> roadmaps.get(id));
    }

    String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockMultipartHttpServletRequestBuilder upload(String code, String path, String file, Object... vars) {
        MockMultipartHttpServletRequestBuilder request = multipart(path, vars);
        request.file(new MockMultipartFile("file", file, SpreadsheetApiTest.XLSX, WorkbookGateTest.file(file)));
        request.with(csrf()).with(TestActors.editorOf(code));
        return request;
    }

    static String token(String html) {
        Matcher m = Pattern.compile("action=\"/roadmaps/import/([A-Za-z0-9_-]+)/apply\"").matcher(html);
        assertThat(m.find()).as("a confirm form").isTrue();
        return m.group(1);
    }

    @Test
    void theChartOffersExcelDownloadToTheSignedInAndImportToItsEditor() throws Exception {
        long id = fresh("423211", "nagasaki-9-10").roadmap().id();
        String editor = html(get("/roadmaps/{id}", id).with(TestActors.editorOf("423211")));
        assertThat(editor).contains("href=\"/api/roadmaps/" + id + "/xlsx\"", "Excelでダウンロード",
                "href=\"/roadmaps/" + id + "/import\"", "Excelから取り込む");
        String viewer = html(get("/roadmaps/{id}", id).with(TestActors.viewerOf("423211")));
        assertThat(viewer).contains("Excelでダウンロード").doesNotContain("Excelから取り込む");
        long iki = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals("422100")).findFirst().orElseThrow().id());
        // The public gets the published version's open-data sheet, never the staff API's workbook nor the import.
        assertThat(html(get("/roadmaps/{id}", iki))).as("the public")
                .contains("href=\"/opendata/roadmaps/" + iki + "/roadmap.xlsx\"", "Excelでダウンロード")
                .doesNotContain("/api/roadmaps/" + iki + "/xlsx", "Excelから取り込む");
    }

    @Test
    void theHomePageOffersThePrefectureWorkbookAndCreatingFromExcelToEditors() throws Exception {
        String home = html(get("/").with(TestActors.editorOf("422100")));
        assertThat(home).contains("href=\"/api/prefectures/42/roadmaps/xlsx\"", "href=\"/roadmaps/import/422100\"",
                "Excelから作成").doesNotContain("href=\"/roadmaps/import/422011\"");
        assertThat(html(get("/"))).doesNotContain("/roadmaps/xlsx\"", "/roadmaps/import/");
    }

    @Test
    void uploadPreviewAndConfirmChangeTheRoadmap() throws Exception {
        RoadmapDocument doc = fresh("423084", "nagasaki-9-10");
        long id = doc.roadmap().id();
        String form = html(get("/roadmaps/{id}/import", id).with(TestActors.editorOf("423084")));
        assertThat(form).contains("enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"_csrf\"",
                "action=\"/roadmaps/" + id + "/import\"", "（.xlsx、256KBまで）");

        String preview = html(upload("423084", "/roadmaps/{id}/import", "small-roadmap.xlsx", id));
        assertThat(preview).contains("取り込み内容の確認", "追加 2件・変更 0件・削除 0件・変更なし 0件", "退院支援",
                "相談窓口の整備", "この内容で反映する", "name=\"_csrf\"");
        assertThat(preview).doesNotContain("style=", "<script>");
        assertThat(read(id).roadmap().items()).as("nothing saved yet").isEmpty();

        mvc.perform(post("/roadmaps/import/{token}/apply", token(preview)).with(csrf()).with(TestActors.editorOf("423084")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/roadmaps/" + id))
                .andExpect(flash().attribute("saved", "spreadsheet.applied"));
        assertThat(read(id).roadmap().items()).extracting(i -> i.title()).containsExactly("退院支援", "相談窓口の整備");
    }

    @Test
    void showsUnreadableCellsAndOffersNoConfirmation() throws Exception {
        RoadmapDocument doc = fresh("423220", "nagasaki-8-9");
        String preview = html(upload("423220", "/roadmaps/{id}/import", "small-roadmap.xlsx", doc.roadmap().id()));
        assertThat(preview).contains("読み取れなかったセル", "長与町", "このシートは「長崎県 推進ロードマップ様式（第9期・第10期）」");
        assertThat(preview).doesNotContain("/apply\"");
    }

    @Test
    void aBadFileComesBackToTheFormWithItsReason() throws Exception {
        RoadmapDocument doc = fresh("423238", "nagasaki-9-10");
        String page = html(upload("423238", "/roadmaps/{id}/import", "encrypted.xlsx", doc.roadmap().id()));
        assertThat(page).contains("パスワードで保護されたファイルは読み込めません", "id=\"e-file\"", "type=\"file\"");
        String tooLarge = html(upload("423238", "/roadmaps/{id}/import", "too-large.xlsx", doc.roadmap().id()));
        assertThat(tooLarge).contains("ファイルが大きすぎます（上限 256KB）");
    }

    @Test
    void createsAMunicipalitysRoadmapFromTheHomePageRow() throws Exception {
        fresh("423831", null);
        String form = html(get("/roadmaps/import/{code}", "423831").with(TestActors.editorOf("423831")));
        assertThat(form).contains("Excelからロードマップを作成", "小値賀町", "action=\"/roadmaps/import/423831\"");
        String preview = html(upload("423831", "/roadmaps/import/{code}", "hand-typed.xlsx", "423831"));
        assertThat(preview).contains("この内容でロードマップを作成する", "追加 4件", "「（例）」と書かれた行",
                "長崎県 推進ロードマップ様式（第9期・第10期）");
        mvc.perform(post("/roadmaps/import/{token}/apply", token(preview)).with(csrf()).with(TestActors.editorOf("423831")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "spreadsheet.created"));
        assertThat(CurrentActor.asSystem(() -> roadmaps.list()))
                .anyMatch(s -> s.municipality().code().value().equals("423831") && s.itemCount() == 4);
    }

    @Test
    void onlyTheMunicipalitysEditorReachesTheImportScreens() throws Exception {
        long id = fresh("423912", "nagasaki-9-10").roadmap().id();
        mvc.perform(get("/roadmaps/{id}/import", id).with(TestActors.viewerOf("423912"))).andExpect(status().isForbidden());
        mvc.perform(get("/roadmaps/import/{code}", "423912").with(TestActors.viewerOf("423912"))).andExpect(status().isForbidden());
        mvc.perform(get("/roadmaps/import/{code}", "423912").with(TestActors.editorOf("422011"))).andExpect(status().isForbidden());
        mvc.perform(get("/roadmaps/{id}/import", id).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStalePreviewSaysSomeoneElseChangedTheRoadmap() throws Exception {
        RoadmapDocument doc = fresh("424111", "nagasaki-9-10");
        long id = doc.roadmap().id();
        String preview = html(upload("424111", "/roadmaps/{id}/import", "small-roadmap.xlsx", id));
        CurrentActor.asSystem(() -> editing.addItem(id, doc.roadmap().version(), new ItemInput("D", "先に保存", "", "", "")));

        String page = html(post("/roadmaps/import/{token}/apply", token(preview)).with(csrf()).with(TestActors.editorOf("424111")));
        assertThat(page).contains("他の人がこのロードマップを変更しました。何も反映していません。");
        assertThat(read(id).roadmap().items()).hasSize(1);
    }

    @Test
    void anExpiredOrUsedTokenAsksForTheFileAgain() throws Exception {
        String page = mvc.perform(post("/roadmaps/import/{token}/apply", "no-such-token").with(csrf())
                        .with(TestActors.editorOf("422100")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("もう一度ファイルをアップロードしてください");
    }

    @Test
    void confirmingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/roadmaps/import/{token}/apply", "x").with(TestActors.editorOf("422100")))
                .andExpect(status().isForbidden());
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        RoadmapDocument doc = fresh("422029", "nagasaki-9-10");
        String preview = html(upload("422029", "/roadmaps/{id}/import", "small-roadmap.xlsx", doc.roadmap().id())
                .param("lang", "en"));
        assertThat(preview).contains("Check the import", "Added 2, changed 0, removed 0, unchanged 0", "Apply this import");
    }
}
