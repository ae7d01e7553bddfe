package org.careroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careroadmap.PublishedDemoDataTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The server-side PDF of Iki City's published chart and of the prefecture's booklet, read back:
 * A3 landscape, the Japanese font embedded, every item's title on a page together with its 推進方策
 * and arrow labels (no item row split), heading rows and the 「令和○年○月○日時点」 footer on every
 * page, and the text extractable by pdftotext. In the {@link PublishedDemoDataTest} context.
 */
@PublishedDemoDataTest
class PublishedPdfTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    PublishedRoadmaps published;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private long ikiRoadmap() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals("422100")).mapToLong(RoadmapSummary::id).min().orElseThrow());
    }

    /** One page's text in drawing order, which keeps each cell's lines together; line breaks removed. */
    private static List<String> pageTexts(PDDocument pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf).replaceAll("\\s+", ""));
        }
        return pages;
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    @Test
    void chartPdfIsA3LandscapeWithEveryItemWholeOnOnePageAndTheFooterOnEach() throws Exception {
        long id = ikiRoadmap();
        MockHttpServletResponse response = mvc.perform(get("/public/roadmaps/" + id + "/chart.pdf")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("422100_care_roadmap_");
        byte[] bytes = response.getContentAsByteArray();
        var latest = published.latest(id).orElseThrow();
        RoadmapDocument doc = latest.document();
        // Other classes of the context publish Iki's roadmap again (and restore it): the footer names the edition served.
        String edition = "公開（第" + latest.versionNumber() + "版）";

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).containsIgnoringCase("IPA");

            List<String> pages = pageTexts(pdf);
            for (int p = 0; p < pages.size(); p++) {
                String page = pages.get(p);
                assertThat(page).as("page %d heading", p + 1).contains("推進方策").contains("目指す姿").contains("第8期計画");
                assertThat(page).as("page %d footer", p + 1).contains(edition).containsPattern("令和\\d+年\\d+月\\d+日時点")
                        .contains((p + 1) + "/" + pages.size());
            }
            for (RoadmapItem item : doc.roadmap().items()) {
                String title = squeeze(item.title());
                List<Integer> on = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    if (pages.get(p).contains(title)) {
                        on.add(p);
                    }
                }
                assertThat(on).as("pages holding item %s", item.title()).isNotEmpty();
                String page = pages.get(on.get(0));
                assertThat(page).as("measures of %s on its page", item.title()).contains(squeeze(item.measures()));
                assertThat(page).as("vision of %s on its page", item.title()).contains(squeeze(item.targetVision()));
                for (Arrow arrow : item.arrows()) {
                    assertThat(page).as("arrow of %s on its page", item.title()).contains(squeeze(arrow.label()));
                }
            }
        }

        // A copy stays in target/ for a person to look at.
        Files.write(Path.of("target", "iki-chart.pdf"), bytes);
        Path file = Files.createTempFile("iki-chart", ".pdf");
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(text).isZero();
            assertThat(text).contains("壱岐市地域包括ケアシステム推進ロードマップ").contains("推進方策");
            // PDFBox 3.0.7 mapped common kanji to Kangxi radicals (docs: stack.md); none may appear.
            assertThat(text.codePoints().filter(c -> c >= 0x2F00 && c <= 0x2FDF).count()).isZero();
            assertThat(squeeze(text)).contains(squeeze(doc.roadmap().items().get(0).title()));
        } finally {
            Files.deleteIfExists(file);
        }

        MockHttpServletResponse again = mvc.perform(get("/public/roadmaps/" + id + "/chart.pdf")
                .header("If-None-Match", response.getHeader("ETag"))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
    }

    @Test
    void bookletHasACoverContentsAndEveryPublishedRoadmap() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/public/42/booklet.pdf")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            List<String> pages = pageTexts(pdf);
            assertThat(pages.get(0)).contains("長崎県地域包括ケアシステム推進ロードマップ").contains("時点");
            assertThat(pages.get(1)).contains("目次").contains("422100　壱岐市").contains("422070　平戸市").doesNotContain("長崎市");
            assertThat(String.join("", pages)).contains("【壱岐市地域包括ケアシステム推進ロードマップ】")
                    .contains("【平戸市地域包括ケアシステム推進ロードマップ】");
        }
    }
}
