package org.careroadmap.publication;

import static org.careroadmap.publication.PdfCanvas.A3_LANDSCAPE;
import static org.careroadmap.publication.PdfCanvas.FOOTER_HEIGHT;
import static org.careroadmap.publication.PdfCanvas.MARGIN;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.careroadmap.roadmap.RoadmapDocument;

/**
 * A prefecture's booklet: a cover, a contents list with each roadmap's first page, then every chart;
 * page numbers run through the booklet. The contents take as many pages as their entries need
 * (about 35 a page): those pages are made before the charts, so the charts' page numbers are known
 * when the contents are written.
 */
final class BookletPdf {

    private static final float HEADING_SIZE = 20;
    private static final float ENTRY_SIZE = 12;
    private static final float ENTRY_LINE = 20;
    private static final float FIRST_ENTRY = A3_LANDSCAPE.getHeight() - MARGIN - 30 - 36;
    /** Entries that fit between the heading and the footer of one contents page. */
    static final int ENTRIES_PER_PAGE = (int) ((FIRST_ENTRY - MARGIN - FOOTER_HEIGHT) / ENTRY_LINE) + 1;

    private BookletPdf() {
    }

    static byte[] booklet(PdfFont fontFile, String coverTitle, List<String> coverLines, String contentsHeading,
                          List<ChartPdf.Chart> charts, String title) {
        PdfCanvas canvas = new PdfCanvas(fontFile);
        cover(canvas, coverTitle, coverLines);
        List<PDPage> contents = new ArrayList<>();
        int contentsPages = Math.max(1, (charts.size() + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE);
        for (int i = 0; i < contentsPages; i++) {
            contents.add(canvas.newPage(""));
        }
        List<Integer> firstPages = new ArrayList<>();
        for (ChartPdf.Chart chart : charts) {
            firstPages.add(canvas.pageCount() + 1);
            ChartPdf.draw(canvas, chart);
        }
        for (int i = 0; i < contentsPages; i++) {
            int from = i * ENTRIES_PER_PAGE;
            int to = Math.min(charts.size(), from + ENTRIES_PER_PAGE);
            String heading = i == 0 ? contentsHeading : contentsHeading + ChartRow.CONTINUED;
            contents(canvas, contents.get(i), heading, charts.subList(from, to), firstPages.subList(from, to));
        }
        return canvas.finish(title);
    }

    private static void cover(PdfCanvas canvas, String coverTitle, List<String> lines) {
        canvas.draw(canvas.newPage(""), s -> {
            float y = A3_LANDSCAPE.getHeight() / 2 + 80;
            canvas.text(s, coverTitle, MARGIN + 120, y, 28);
            y -= 50;
            for (String line : lines) {
                canvas.text(s, line, MARGIN + 120, y, 16);
                y -= 26;
            }
        });
    }

    private static void contents(PdfCanvas canvas, PDPage page, String heading, List<ChartPdf.Chart> charts,
                                 List<Integer> firstPages) {
        canvas.draw(page, s -> {
            canvas.text(s, heading, MARGIN + 60, A3_LANDSCAPE.getHeight() - MARGIN - 30, HEADING_SIZE);
            float y = FIRST_ENTRY;
            for (int i = 0; i < charts.size(); i++) {
                RoadmapDocument doc = charts.get(i).document();
                String line = doc.municipality().code().value() + "　" + doc.municipality().name() + "　"
                        + doc.template().name();
                canvas.text(s, line, MARGIN + 60, y, ENTRY_SIZE);
                canvas.text(s, firstPages.get(i) + " ページ", MARGIN + 600, y, ENTRY_SIZE);
                y -= ENTRY_LINE;
            }
        });
    }
}
