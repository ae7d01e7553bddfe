package org.careroadmap.publication;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * Draws published roadmaps as A3 landscape PDF pages, the way the prefecture's sheet prints: the
 * title, the heading rows (repeated on every page), a band per category A–H and one row per item
 * with 項目 / 目指す姿 / 達成年度 / 推進方策 and its 工程 arrows drawn over exactly their fiscal years
 * with their labels. Drawn with PDFBox directly rather than through an HTML renderer so that the
 * one layout rule that matters — an item row is never split across pages — is decided here, row by
 * row, before anything is drawn. The Japanese font is embedded as a subset, so pdftotext and screen
 * readers get the text. Not thread-safe: one instance per document.
 */
final class ChartPdf {

    /** One roadmap to draw, with what its footer says. */
    record Chart(RoadmapDocument document, String statusLine, String asOfLine) {
    }

    private static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    private static final float MARGIN = 28;
    private static final float TEXT = 8.5f;
    private static final float LINE = 11;
    private static final float PAD = 3;
    private static final float TITLE_HEIGHT = 30;
    private static final float FOOTER_HEIGHT = 20;
    private static final float[] FIXED = {110, 190, 64, 250};  // 項目, 目指す姿, 達成年度, 推進方策
    private static final float PERIOD_ROW = 16;
    private static final float YEAR_ROW = 26;
    private static final float BAND = 16;

    private final PDDocument pdf = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();

    ChartPdf(File fontFile) {
        try {
            this.font = PDType0Font.load(pdf, fontFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A single roadmap's chart. */
    static byte[] chart(File fontFile, Chart chart, String title) {
        ChartPdf out = new ChartPdf(fontFile);
        out.draw(chart);
        return out.finish(title);
    }

    /** A booklet: a cover, a contents page, then every chart; page numbers run through the booklet. */
    static byte[] booklet(File fontFile, String coverTitle, List<String> coverLines, String contentsHeading,
                          List<Chart> charts, String title) {
        ChartPdf out = new ChartPdf(fontFile);
        out.cover(coverTitle, coverLines);
        PDPage contents = out.newPage("");
        List<Integer> firstPages = new ArrayList<>();
        for (Chart chart : charts) {
            firstPages.add(out.pages.size() + 1);
            out.draw(chart);
        }
        out.contents(contents, contentsHeading, charts, firstPages);
        return out.finish(title);
    }

    // --- layout ------------------------------------------------------------------------------

    private void draw(Chart chart) {
        RoadmapDocument doc = chart.document();
        List<FiscalYear> years = doc.template().shownYears();
        float width = A3_LANDSCAPE.getWidth() - 2 * MARGIN;
        float fixed = 0;
        for (float f : FIXED) {
            fixed += f;
        }
        float yearWidth = (width - fixed) / years.size();
        float top = A3_LANDSCAPE.getHeight() - MARGIN;
        float bottom = MARGIN + FOOTER_HEIGHT;
        String footer = chart.statusLine() + "　" + chart.asOfLine();

        PDPage page = newPage(footer);
        float y = heading(page, doc, years, yearWidth, top);
        for (CategoryCode category : CategoryCode.values()) {
            List<RoadmapItem> items = doc.roadmap().itemsIn(category);
            boolean bandDrawn = false;
            for (RoadmapItem item : items.isEmpty() ? List.<RoadmapItem>of() : items) {
                ItemLayout layout = layout(item, yearWidth);
                float needed = layout.height() + (bandDrawn ? 0 : BAND);
                if (y - needed < bottom && y < top - TITLE_HEIGHT - PERIOD_ROW - YEAR_ROW - 1) {
                    // The row does not fit: the whole row goes to the next page, under repeated headings.
                    page = newPage(footer);
                    y = heading(page, doc, years, yearWidth, top);
                    bandDrawn = false;
                    needed = layout.height() + BAND;
                }
                if (!bandDrawn) {
                    y = band(page, category, width, y);
                    bandDrawn = true;
                }
                y = row(page, item, layout, years, yearWidth, y);
            }
            if (items.isEmpty()) {
                if (y - BAND < bottom) {
                    page = newPage(footer);
                    y = heading(page, doc, years, yearWidth, top);
                }
                y = band(page, category, width, y);
            }
        }
    }

    private record ItemLayout(List<String> title, List<String> vision, List<String> year, List<String> measures,
                              List<List<String>> arrowLabels, float height) {
    }

    private ItemLayout layout(RoadmapItem item, float yearWidth) {
        List<String> title = wrap(item.title(), FIXED[0] - 2 * PAD);
        List<String> vision = wrap(item.targetVision(), FIXED[1] - 2 * PAD);
        List<String> year = item.achievementYear()
                .map(y -> List.of(y.value() + "年度", "(" + y.japaneseEra() + ")")).orElse(List.of());
        List<String> measures = wrap(item.measures(), FIXED[3] - 2 * PAD);
        List<List<String>> labels = new ArrayList<>();
        float lanes = 0;
        for (Arrow arrow : item.arrows()) {
            int span = arrow.end().value() - arrow.start().value() + 1;
            List<String> label = new ArrayList<>(wrap(arrow.label(), Math.max(span * yearWidth - 14, 20)));
            if (arrow.continues()) {
                label.add("→継続");
            }
            labels.add(label);
            lanes += Math.max(label.size(), 1) * LINE + 2 * PAD + 2;
        }
        int lines = Math.max(Math.max(title.size(), vision.size()), Math.max(year.size(), measures.size()));
        float height = Math.max(Math.max(lines * LINE + 2 * PAD, lanes + 2 * PAD), 24);
        return new ItemLayout(title, vision, year, measures, labels, height);
    }

    // --- drawing -----------------------------------------------------------------------------

    private PDPage newPage(String footer) {
        PDPage page = new PDPage(A3_LANDSCAPE);
        pdf.addPage(page);
        pages.add(page);
        footers.add(footer);
        return page;
    }

    private float heading(PDPage page, RoadmapDocument doc, List<FiscalYear> years, float yearWidth, float top) {
        try (PDPageContentStream s = stream(page)) {
            text(s, doc.title() + "　" + doc.template().name(), MARGIN, top - 16, 13);
            float y = top - TITLE_HEIGHT;
            float x = MARGIN;
            String[] names = {"項目", "目指す姿", "達成年度", "推進方策"};
            for (int i = 0; i < FIXED.length; i++) {
                cell(s, x, y - PERIOD_ROW - YEAR_ROW, FIXED[i], PERIOD_ROW + YEAR_ROW, true);
                text(s, names[i], x + PAD, y - (PERIOD_ROW + YEAR_ROW) / 2 - 3, TEXT);
                x += FIXED[i];
            }
            float yearsLeft = x;
            for (PlanPeriod period : doc.template().periods()) {
                float w = period.years().size() * yearWidth;
                cell(s, x, y - PERIOD_ROW, w, PERIOD_ROW, true);
                text(s, period.planLabel(), x + PAD, y - PERIOD_ROW + 4.5f, TEXT);
                x += w;
            }
            x = yearsLeft;
            for (FiscalYear year : years) {
                cell(s, x, y - PERIOD_ROW - YEAR_ROW, yearWidth, YEAR_ROW, true);
                text(s, year.value() + "年度", x + PAD, y - PERIOD_ROW - 11, TEXT);
                text(s, "(" + year.japaneseEra() + ")", x + PAD, y - PERIOD_ROW - 22, TEXT);
                x += yearWidth;
            }
            return y - PERIOD_ROW - YEAR_ROW;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float band(PDPage page, CategoryCode category, float width, float y) {
        try (PDPageContentStream s = stream(page)) {
            s.setNonStrokingColor(0.85f, 0.90f, 0.96f);
            s.addRect(MARGIN, y - BAND, width, BAND);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            cell(s, MARGIN, y - BAND, width, BAND, false);
            text(s, category.heading(), MARGIN + PAD, y - BAND + 4.5f, TEXT + 0.5f);
            return y - BAND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float row(PDPage page, RoadmapItem item, ItemLayout layout, List<FiscalYear> years, float yearWidth, float y) {
        float h = layout.height();
        try (PDPageContentStream s = stream(page)) {
            float x = MARGIN;
            List<List<String>> columns = List.of(layout.title(), layout.vision(), layout.year(), layout.measures());
            for (int i = 0; i < FIXED.length; i++) {
                cell(s, x, y - h, FIXED[i], h, false);
                lines(s, columns.get(i), x + PAD, y - PAD - TEXT);
                x += FIXED[i];
            }
            float yearsLeft = x;
            for (int i = 0; i < years.size(); i++) {
                cell(s, yearsLeft + i * yearWidth, y - h, yearWidth, h, false);
            }
            float laneTop = y - PAD;
            int index = 0;
            for (Arrow arrow : item.arrows()) {
                List<String> label = layout.arrowLabels().get(index++);
                int from = years.indexOf(arrow.start());
                int to = years.indexOf(arrow.end());
                if (from < 0 || to < 0) {
                    continue;  // a published roadmap's arrows lie in its shown years (rule ⑤); never draw outside them
                }
                float laneHeight = Math.max(label.size(), 1) * LINE + 2 * PAD;
                arrow(s, yearsLeft + from * yearWidth + 2, laneTop - laneHeight,
                        (to - from + 1) * yearWidth - 4, laneHeight);
                lines(s, label, yearsLeft + from * yearWidth + 4, laneTop - PAD - TEXT);
                laneTop -= laneHeight + 2;
            }
            return y - h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A right-pointing arrow shape, light fill and dark outline, the label drawn inside over it. */
    private static void arrow(PDPageContentStream s, float x, float y, float w, float h) throws IOException {
        float head = Math.min(10, w / 3);
        s.setNonStrokingColor(0.87f, 0.94f, 0.87f);
        s.setStrokingColor(0.2f, 0.45f, 0.2f);
        s.moveTo(x, y);
        s.lineTo(x + w - head, y);
        s.lineTo(x + w, y + h / 2);
        s.lineTo(x + w - head, y + h);
        s.lineTo(x, y + h);
        s.closePath();
        s.fillAndStroke();
        s.setNonStrokingColor(0f, 0f, 0f);
        s.setStrokingColor(0f, 0f, 0f);
    }

    private void cover(String coverTitle, List<String> lines) {
        PDPage page = newPage("");
        try (PDPageContentStream s = stream(page)) {
            float y = A3_LANDSCAPE.getHeight() / 2 + 80;
            text(s, coverTitle, MARGIN + 120, y, 28);
            y -= 50;
            for (String line : lines) {
                text(s, line, MARGIN + 120, y, 16);
                y -= 26;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void contents(PDPage page, String heading, List<Chart> charts, List<Integer> firstPages) {
        try (PDPageContentStream s = stream(page)) {
            float y = A3_LANDSCAPE.getHeight() - MARGIN - 30;
            text(s, heading, MARGIN + 60, y, 20);
            y -= 36;
            for (int i = 0; i < charts.size(); i++) {
                RoadmapDocument doc = charts.get(i).document();
                String line = doc.municipality().code().value() + "　" + doc.municipality().name() + "　"
                        + doc.template().name();
                text(s, line, MARGIN + 60, y, 12);
                text(s, firstPages.get(i) + " ページ", MARGIN + 600, y, 12);
                y -= 20;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] finish(String title) {
        try {
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = stream(pages.get(i))) {
                    String footer = footers.get(i);
                    if (!footer.isEmpty()) {
                        text(s, footer, MARGIN, MARGIN + 4, TEXT);
                    }
                    String number = (i + 1) + " / " + total;
                    text(s, number, A3_LANDSCAPE.getWidth() - MARGIN - width(number, TEXT), MARGIN + 4, TEXT);
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Care Roadmap");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            pdf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream stream(PDPage page) throws IOException {
        PDPageContentStream s = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true);
        s.setLineWidth(0.5f);
        return s;
    }

    private static void cell(PDPageContentStream s, float x, float y, float w, float h, boolean shaded) throws IOException {
        if (shaded) {
            s.setNonStrokingColor(0.93f, 0.93f, 0.93f);
            s.addRect(x, y, w, h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        s.addRect(x, y, w, h);
        s.stroke();
    }

    private void lines(PDPageContentStream s, List<String> lines, float x, float firstBaseline) throws IOException {
        float y = firstBaseline;
        for (String line : lines) {
            text(s, line, x, y, TEXT);
            y -= LINE;
        }
    }

    private void text(PDPageContentStream s, String text, float x, float y, float size) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(drawable(text));
        s.endText();
    }

    /** Text wrapped to a width, at any character (Japanese has no spaces to break at), keeping line breaks. */
    List<String> wrap(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            String p = drawable(paragraph);
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < p.length()) {
                int cp = p.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, TEXT) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(drawable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with characters the font has no glyph for replaced (a control character, an emoji), never failing. */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = glyphs.computeIfAbsent(cp, c -> {
                if (Character.isISOControl(c)) {
                    return false;
                }
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (ok) {
                out.appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
