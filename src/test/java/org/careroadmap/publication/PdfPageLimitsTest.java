package org.careroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.careroadmap.roadmap.PublicationFixtures;
import org.careroadmap.roadmap.RoadmapDocument;
import org.junit.jupiter.api.Test;

/**
 * What a page cannot hold: an item taller than an A3 page continues on the next pages under
 * 「（続き）」 and its title instead of running off the page, and a booklet's contents take more than
 * one page when they list more roadmaps than fit on one. Read back with {@code pdftotext} (text per
 * page) and PDFBox (where every glyph stands). No Spring context: the PDF is drawn from documents.
 */
class PdfPageLimitsTest {

    private static final String STATUS = "公開（第1版）";
    private static final String AS_OF = "令和8年5月1日時点";

    private static File font() {
        return Arrays.stream(new String[] {"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"})
                .map(File::new).filter(File::isFile).findFirst().orElseThrow(() -> new IllegalStateException("no IPA font"));
    }

    @Test
    void anItemTallerThanAPageContinuesOnTheNextPagesUnderAContinuedHeadingAndNothingLeavesThePage() throws Exception {
        RoadmapDocument doc = PublicationFixtures.tallItem();
        byte[] bytes = ChartPdf.chart(PdfFont.read(font()), new ChartPdf.Chart(doc, STATUS, AS_OF), doc.title());

        List<String> pages = pdftotext(bytes);
        assertThat(pages).hasSizeGreaterThan(3);
        // Every line of the 推進方策 is printed exactly once, and in order from page to page.
        int lastPage = 0;
        for (int n = 1; n <= 400; n++) {
            String line = PublicationFixtures.measureLine(n);
            List<Integer> on = pagesHolding(pages, line);
            assertThat(on).as("pages holding %s", line).hasSize(1);
            assertThat(on.get(0)).as("page of %s", line).isGreaterThanOrEqualTo(lastPage);
            lastPage = on.get(0);
        }
        // The 200-character arrow label of 「あ」 continues in lanes over the same year: every character printed.
        long as = String.join("", pages).chars().filter(c -> c == 'あ').count();
        assertThat(as).isEqualTo(200);
        // The pages after the first piece say which item continues; the short items stay whole, before and after.
        List<Integer> continued = pagesHolding(pages, "（続き）");
        assertThat(continued).hasSizeGreaterThanOrEqualTo(2);
        for (int p : continued) {
            assertThat(pages.get(p)).contains("とても長い推進方策を持つ項目").contains("推進方策").contains("第9期計画");
        }
        assertThat(pagesHolding(pages, "短い項目その一")).containsExactly(0);
        assertThat(pagesHolding(pages, "短い項目その二")).hasSize(1);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("footer of page %d", p + 1).contains(STATUS).contains(AS_OF)
                    .contains((p + 1) + "/" + pages.size());
        }
        assertEveryGlyphAboveTheFooterOrInIt(bytes);
    }

    @Test
    void theContentsOfABookletOfFortyRoadmapsRunOnToASecondPageAndPointAtEachChart() throws Exception {
        List<ChartPdf.Chart> charts = PublicationFixtures.smallRoadmaps(40).stream()
                .map(d -> new ChartPdf.Chart(d, STATUS, AS_OF)).toList();
        byte[] bytes = BookletPdf.booklet(PdfFont.read(font()), "長崎県地域包括ケアシステム推進ロードマップ", List.of("40市町の公開版", AS_OF),
                "目次", charts, "booklet");

        List<String> pages = pdftotext(bytes);
        assertThat(pages).hasSize(1 + 2 + 40);
        assertThat(pages.get(1)).startsWith("目次").contains("テスト市01").contains("テスト市35").doesNotContain("テスト市36");
        assertThat(pages.get(2)).startsWith("目次（続き）").contains("テスト市36").contains("テスト市40");
        for (int i = 1; i <= 40; i++) {
            String name = String.format("テスト市%02d", i);
            int chartPage = pagesHolding(pages, "【" + name + "地域包括ケアシステム推進ロードマップ】").get(0) + 1;
            String contentsPage = pages.get(i <= 35 ? 1 : 2);
            assertThat(contentsPage).as("contents entry of %s", name).containsPattern(name + "[^0-9]*長崎県.*?" + chartPage + "ページ");
        }
        assertEveryGlyphAboveTheFooterOrInIt(bytes);
    }

    private static List<Integer> pagesHolding(List<String> pages, String text) {
        List<Integer> on = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                on.add(p);
            }
        }
        return on;
    }

    /** Each page's text as pdftotext extracts it (pages end with a form feed), white space removed. */
    private static List<String> pdftotext(byte[] bytes) throws IOException, InterruptedException {
        Path file = Files.createTempFile("limits", ".pdf");
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            List<String> pages = new ArrayList<>();
            for (String page : text.split("\f")) {
                pages.add(page.replaceAll("\\s+", ""));
            }
            if (pages.get(pages.size() - 1).isEmpty()) {
                pages.remove(pages.size() - 1);
            }
            return pages;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Rows end above the footer: every glyph's baseline is on the page and either above the footer's band
     * (48 pt from the bottom edge) or on the footer's own line (32 pt), never between or below.
     */
    private static void assertEveryGlyphAboveTheFooterOrInIt(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            float height = pdf.getPage(0).getMediaBox().getHeight();
            List<float[]> wrong = new ArrayList<>();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    for (TextPosition g : glyphs) {
                        float fromBottom = height - g.getYDirAdj();
                        boolean inRows = fromBottom >= PdfCanvas.MARGIN + PdfCanvas.FOOTER_HEIGHT && fromBottom <= height;
                        boolean footer = Math.abs(fromBottom - (PdfCanvas.MARGIN + 4)) < 1;
                        if (!inRows && !footer) {
                            wrong.add(new float[] {getCurrentPageNo(), fromBottom});
                        }
                    }
                }
            };
            positions.getText(pdf);
            assertThat(wrong).as("glyphs outside the rows and the footer (page, pt from bottom)").isEmpty();
        }
    }
}
