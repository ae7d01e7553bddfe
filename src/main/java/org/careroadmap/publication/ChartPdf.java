package org.careroadmap.publication;

import static org.careroadmap.publication.ChartRow.FIXED;
import static org.careroadmap.publication.PdfCanvas.A3_LANDSCAPE;
import static org.careroadmap.publication.PdfCanvas.FOOTER_HEIGHT;
import static org.careroadmap.publication.PdfCanvas.MARGIN;
import static org.careroadmap.publication.PdfCanvas.PAD;
import static org.careroadmap.publication.PdfCanvas.TEXT;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.jspecify.annotations.Nullable;

/**
 * Draws a published roadmap as A3 landscape PDF pages, the way the prefecture's sheet prints: the
 * title, the heading rows (repeated on every page), a band per category A–H and one row per item
 * with 項目 / 目指す姿 / 達成年度 / 推進方策 and its 工程 arrows drawn over exactly their fiscal years
 * with their labels. Drawn with PDFBox directly rather than through an HTML renderer so that the
 * one layout rule that matters — an item row is never split across pages — is decided here, row by
 * row, before anything is drawn. Only a row taller than a whole page is split ({@link ChartRow#split}),
 * and then it continues under 「（続き）」 instead of running off the page.
 */
final class ChartPdf {

    /** One roadmap to draw, with what its footer says. */
    record Chart(RoadmapDocument document, String statusLine, String asOfLine) {
    }

    private static final float TITLE_HEIGHT = 30;
    private static final float PERIOD_ROW = 16;
    private static final float YEAR_ROW = 26;
    private static final float BAND = 16;
    private static final float WIDTH = A3_LANDSCAPE.getWidth() - 2 * MARGIN;
    private static final float TOP = A3_LANDSCAPE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + FOOTER_HEIGHT;
    /** Where rows start on every page, under the title and the two heading rows. */
    private static final float ROWS_TOP = TOP - TITLE_HEIGHT - PERIOD_ROW - YEAR_ROW;
    /** The most a row can take on a page: everything under the headings and one category band. */
    static final float PAGE_ROOM = ROWS_TOP - BOTTOM - BAND;

    private final PdfCanvas canvas;
    private final RoadmapDocument doc;
    private final List<FiscalYear> years;
    private final float yearWidth;
    private final String footer;
    private PDPage page;
    private float y;
    /** The category whose band this page shows last; none at the top of a page. */
    private @Nullable CategoryCode bandShown;

    private ChartPdf(PdfCanvas canvas, Chart chart) {
        this.canvas = canvas;
        this.doc = chart.document();
        this.years = doc.template().shownYears();
        float fixed = 0;
        for (float f : FIXED) {
            fixed += f;
        }
        this.yearWidth = (WIDTH - fixed) / years.size();
        this.footer = chart.statusLine() + "　" + chart.asOfLine();
        startPage();
    }

    /** A single roadmap's chart. */
    static byte[] chart(PdfFont fontFile, Chart chart, String title) {
        PdfCanvas canvas = new PdfCanvas(fontFile);
        draw(canvas, chart);
        return canvas.finish(title);
    }

    /** Draws a chart on new pages at the end of {@code canvas} (a booklet draws several in turn). */
    static void draw(PdfCanvas canvas, Chart chart) {
        ChartPdf out = new ChartPdf(canvas, chart);
        for (CategoryCode category : CategoryCode.values()) {
            List<RoadmapItem> items = out.doc.roadmap().itemsIn(category);
            if (items.isEmpty()) {
                out.makeRoom(BAND);
                out.showBand(category);
            }
            for (RoadmapItem item : items) {
                out.item(category, ChartRow.of(item, out.years, out.yearWidth, canvas));
            }
        }
    }

    // --- where rows go -----------------------------------------------------------------------

    /**
     * A row that fits on a page goes whole to the next page when it does not fit on this one. A row
     * taller than a page starts here (when a few lines still fit) and continues on the next pages.
     */
    private void item(CategoryCode category, ChartRow row) {
        float band = category == bandShown ? 0 : BAND;
        if (row.height() <= PAGE_ROOM) {
            makeRoom(row.height() + band);
            showBand(category);
            drawRow(row);
            return;
        }
        if (y - BOTTOM - band < ChartRow.minimumPiece()) {
            startPage();
            band = BAND;
        }
        List<ChartRow> pieces = row.split(y - BOTTOM - band, PAGE_ROOM);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                startPage();
            }
            showBand(category);
            drawRow(pieces.get(i));
        }
    }

    /** A new page unless {@code height} still fits on this one (or this one has no row yet). */
    private void makeRoom(float height) {
        if (y - height < BOTTOM && y < ROWS_TOP) {
            startPage();
        }
    }

    /** Starts a new page with the headings (the constructor starts the first). */
    private void startPage() {
        page = canvas.newPage(footer);
        bandShown = null;
        canvas.draw(page, this::heading);
        y = ROWS_TOP;
    }

    private void showBand(CategoryCode category) {
        if (category != bandShown) {
            canvas.draw(page, s -> band(s, category));
            bandShown = category;
            y -= BAND;
        }
    }

    private void drawRow(ChartRow row) {
        canvas.draw(page, s -> row(s, row));
        y -= row.height();
    }

    // --- drawing -----------------------------------------------------------------------------

    private void heading(PDPageContentStream s) throws IOException {
        canvas.text(s, doc.title() + "　" + doc.template().name(), MARGIN, TOP - 16, 13);
        float top = TOP - TITLE_HEIGHT;
        float x = MARGIN;
        String[] names = {"項目", "目指す姿", "達成年度", "推進方策"};
        for (int i = 0; i < FIXED.length; i++) {
            PdfCanvas.cell(s, x, ROWS_TOP, FIXED[i], PERIOD_ROW + YEAR_ROW, true);
            canvas.text(s, names[i], x + PAD, top - (PERIOD_ROW + YEAR_ROW) / 2 - 3, TEXT);
            x += FIXED[i];
        }
        float yearsLeft = x;
        for (PlanPeriod period : doc.template().periods()) {
            float w = period.years().size() * yearWidth;
            PdfCanvas.cell(s, x, top - PERIOD_ROW, w, PERIOD_ROW, true);
            canvas.text(s, period.planLabel(), x + PAD, top - PERIOD_ROW + 4.5f, TEXT);
            x += w;
        }
        x = yearsLeft;
        for (FiscalYear year : years) {
            PdfCanvas.cell(s, x, ROWS_TOP, yearWidth, YEAR_ROW, true);
            canvas.text(s, year.value() + "年度", x + PAD, top - PERIOD_ROW - 11, TEXT);
            canvas.text(s, "(" + year.japaneseEra() + ")", x + PAD, top - PERIOD_ROW - 22, TEXT);
            x += yearWidth;
        }
    }

    private void band(PDPageContentStream s, CategoryCode category) throws IOException {
        s.setNonStrokingColor(0.85f, 0.90f, 0.96f);
        s.addRect(MARGIN, y - BAND, WIDTH, BAND);
        s.fill();
        s.setNonStrokingColor(0f, 0f, 0f);
        PdfCanvas.cell(s, MARGIN, y - BAND, WIDTH, BAND, false);
        canvas.text(s, category.heading(), MARGIN + PAD, y - BAND + 4.5f, TEXT + 0.5f);
    }

    private void row(PDPageContentStream s, ChartRow row) throws IOException {
        float h = row.height();
        float x = MARGIN;
        for (int i = 0; i < FIXED.length; i++) {
            PdfCanvas.cell(s, x, y - h, FIXED[i], h, false);
            canvas.lines(s, row.columns().get(i), x + PAD, y - PAD - TEXT);
            x += FIXED[i];
        }
        float yearsLeft = x;
        for (int i = 0; i < years.size(); i++) {
            PdfCanvas.cell(s, yearsLeft + i * yearWidth, y - h, yearWidth, h, false);
        }
        float laneTop = y - PAD;
        for (ChartRow.Lane lane : row.lanes()) {
            float laneHeight = lane.height();
            arrow(s, yearsLeft + lane.from() * yearWidth + 2, laneTop - laneHeight,
                    (lane.to() - lane.from() + 1) * yearWidth - 4, laneHeight);
            canvas.lines(s, lane.label(), yearsLeft + lane.from() * yearWidth + 4, laneTop - PAD - TEXT);
            laneTop -= laneHeight + 2;
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
}
