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

import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The download buttons and the upload, preview and confirm screens. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:xlsxpages;DB_CLOSE_DELAY=-1",
        "app.spreadsheet.max-upload-size=256KB"})
@AutoConfigureMockMvc
class SpreadsheetPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapService roadmaps;

    RoadmapDocument fresh(String code, String templateId) {
        roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(code))
                .forEach(s -> roadmaps.delete(s.id(), s.version()));
        return templateId == null ? null : roadmaps.create(code, templateId);
    }

    String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockMultipartHttpServletRequestBuilder upload(String path, String file, Object... vars) {
        MockMultipartHttpServletRequestBuilder request = multipart(path, vars);
        request.file(new MockMultipartFile("file", file, SpreadsheetApiTest.XLSX, WorkbookGateTest.file(file)));
        request.with(csrf());
        return request;
    }

    static String token(String html) {
        Matcher m = Pattern.compile("action=\"/imports/([A-Za-z0-9_-]+)\"").matcher(html);
        assertThat(m.find()).as("a confirm form").isTrue();
        return m.group(1);
    }

    @Test
    void theChartOffersExcelDownloadAndImport() throws Exception {
        long iki = roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")).findFirst()
                .orElseThrow().id();
        String chart = html(get("/roadmaps/{id}", iki));
        assertThat(chart).contains("href=\"/api/roadmaps/" + iki + "/xlsx\"", "Excelでダウンロード",
                "href=\"/roadmaps/" + iki + "/import\"", "Excelから取り込む");
    }

    @Test
    void theHomePageOffersThePrefectureWorkbookAndCreatingFromExcel() throws Exception {
        String home = html(get("/"));
        assertThat(home).contains("href=\"/api/prefectures/42/roadmaps/xlsx\"", "href=\"/municipalities/422100/import\"",
                "Excelから作成");
    }

    @Test
    void uploadPreviewAndConfirmChangeTheRoadmap() throws Exception {
        RoadmapDocument doc = fresh("423084", "nagasaki-9-10");
        long id = doc.roadmap().id();
        String form = html(get("/roadmaps/{id}/import", id));
        assertThat(form).contains("enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"_csrf\"",
                "action=\"/roadmaps/" + id + "/import\"", "（.xlsx、256KBまで）");

        String preview = html(upload("/roadmaps/{id}/import", "small-roadmap.xlsx", id));
        assertThat(preview).contains("取り込み内容の確認", "追加 2件・変更 0件・削除 0件・変更なし 0件", "退院支援",
                "相談窓口の整備", "この内容で反映する", "name=\"_csrf\"");
        assertThat(preview).doesNotContain("style=", "<script>");
        assertThat(roadmaps.get(id).roadmap().items()).as("nothing saved yet").isEmpty();

        mvc.perform(post("/imports/{token}", token(preview)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/roadmaps/" + id))
                .andExpect(flash().attribute("saved", "spreadsheet.applied"));
        assertThat(roadmaps.get(id).roadmap().items()).extracting(i -> i.title()).containsExactly("退院支援", "相談窓口の整備");
    }

    @Test
    void showsUnreadableCellsAndOffersNoConfirmation() throws Exception {
        RoadmapDocument doc = fresh("423211", "nagasaki-8-9");
        String preview = html(upload("/roadmaps/{id}/import", "small-roadmap.xlsx", doc.roadmap().id()));
        assertThat(preview).contains("読み取れなかったセル", "長与町", "このシートは「長崎県 推進ロードマップ様式（第9期・第10期）」");
        assertThat(preview).doesNotContain("action=\"/imports/");
    }

    @Test
    void aBadFileComesBackToTheFormWithItsReason() throws Exception {
        RoadmapDocument doc = fresh("423220", "nagasaki-9-10");
        String page = html(upload("/roadmaps/{id}/import", "encrypted.xlsx", doc.roadmap().id()));
        assertThat(page).contains("パスワードで保護されたファイルは読み込めません", "id=\"e-file\"", "type=\"file\"");
        String tooLarge = html(upload("/roadmaps/{id}/import", "too-large.xlsx", doc.roadmap().id()));
        assertThat(tooLarge).contains("ファイルが大きすぎます（上限 256KB）");
    }

    @Test
    void createsAMunicipalitysRoadmapFromTheHomePageRow() throws Exception {
        fresh("423238", null);
        String form = html(get("/municipalities/{code}/import", "423238"));
        assertThat(form).contains("Excelからロードマップを作成", "波佐見町", "action=\"/municipalities/423238/import\"");
        String preview = html(upload("/municipalities/{code}/import", "hand-typed.xlsx", "423238"));
        assertThat(preview).contains("この内容でロードマップを作成する", "追加 4件", "「（例）」と書かれた行",
                "長崎県 推進ロードマップ様式（第9期・第10期）");
        mvc.perform(post("/imports/{token}", token(preview)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "spreadsheet.created"));
        assertThat(roadmaps.list()).anyMatch(s -> s.municipality().code().value().equals("423238") && s.itemCount() == 4);
    }

    @Test
    void aStalePreviewSaysSomeoneElseChangedTheRoadmap() throws Exception {
        RoadmapDocument doc = fresh("423831", "nagasaki-9-10");
        long id = doc.roadmap().id();
        String preview = html(upload("/roadmaps/{id}/import", "small-roadmap.xlsx", id));
        roadmaps.addItem(id, doc.roadmap().version(), new ItemInput("D", "先に保存", "", "", ""));

        String page = html(post("/imports/{token}", token(preview)).with(csrf()));
        assertThat(page).contains("他の人がこのロードマップを変更しました。何も反映していません。");
        assertThat(roadmaps.get(id).roadmap().items()).hasSize(1);
    }

    @Test
    void anExpiredOrUsedTokenAsksForTheFileAgain() throws Exception {
        String page = mvc.perform(post("/imports/{token}", "no-such-token").with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("もう一度ファイルをアップロードしてください");
    }

    @Test
    void confirmingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/imports/{token}", "x")).andExpect(status().isForbidden());
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        RoadmapDocument doc = fresh("423912", "nagasaki-9-10");
        String preview = html(upload("/roadmaps/{id}/import", "small-roadmap.xlsx", doc.roadmap().id()).param("lang", "en"));
        assertThat(preview).contains("Check the import", "Added 2, changed 0, removed 0, unchanged 0", "Apply this import");
    }
}
