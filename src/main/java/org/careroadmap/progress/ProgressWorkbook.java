package org.careroadmap.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.Labels;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report as a workbook the prefecture can file: the roadmap sheet with 実績 and 評価 per
 * fiscal year, and a 取組と目標-style sheet of the chosen year, one row per item. Printed landscape
 * (A3 and A4), one page wide, header rows repeated. Every cell is a string or number cell — never a
 * formula — so text typed by people cannot run in Excel.
 */
@Component
public class ProgressWorkbook {

    private static final String[] FIXED = {"progress.xlsx.col.category", "progress.xlsx.col.item",
            "progress.xlsx.col.vision", "progress.xlsx.col.achievementYear"};

    private final ProgressOverviews overviews;
    private final FieldMessages messages;
    private final Labels labels;

    ProgressWorkbook(ProgressOverviews overviews, FieldMessages messages, Labels labels) {
        this.overviews = overviews;
        this.messages = messages;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    public byte[] write(long roadmapId, @Nullable String fiscalYear) {
        ProgressOverview o = overviews.overview(roadmapId, fiscalYear);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            roadmapSheet(workbook, styles, o);
            goalsSheet(workbook, styles, o);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName(long roadmapId, @Nullable String fiscalYear) {
        ProgressOverview o = overviews.overview(roadmapId, fiscalYear);
        return o.document().municipality().name() + "_進捗報告_" + o.year().value() + ".xlsx";
    }

    private void roadmapSheet(XSSFWorkbook workbook, Styles styles, ProgressOverview o) {
        XSSFSheet sheet = workbook.createSheet(messages.message("progress.xlsx.sheet.roadmap"));
        text(sheet.createRow(0), 0, messages.message("progress.xlsx.title", o.document().title()), styles.title);
        List<FiscalYear> years = o.visibleYears();
        roadmapHeader(sheet, styles, years);
        int r = 3;
        // Ratings of other years than the overview's come from their own overviews.
        List<ProgressOverview> perYear = new ArrayList<>();
        for (FiscalYear y : years) {
            perYear.add(y.equals(o.year()) ? o : overviews.overview(o.document().roadmap().id(), Integer.toString(y.value())));
        }
        for (ProgressOverview.ItemProgress ip : o.items()) {
            RoadmapItem item = ip.item();
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, labels.category(item.category()), styles.text);
            text(row, 1, item.title(), styles.text);
            text(row, 2, item.targetVision(), styles.text);
            text(row, 3, item.achievementYear().map(labels::fy).orElse(""), styles.text);
            for (int y = 0; y < years.size(); y++) {
                ProgressOverview.ItemProgress same = perYear.get(y).item(item.id()).orElse(null);
                int col = FIXED.length + 2 * y;
                text(row, col, same == null ? "" : results(same, years.get(y)), styles.text);
                text(row, col + 1, same == null || same.rating() == null ? "" : same.rating(), styles.center);
            }
        }
        pageSetup(sheet, PrintSetup.A3_PAPERSIZE, 1, 2);
    }

    /** Two header rows: 区分, 項目, 目指す姿, 達成年度 over both, then per fiscal year 実績 and 評価 under its name. */
    private void roadmapHeader(XSSFSheet sheet, Styles styles, List<FiscalYear> years) {
        XSSFRow head = sheet.createRow(1);
        XSSFRow sub = sheet.createRow(2);
        for (int c = 0; c < FIXED.length; c++) {
            text(head, c, messages.message(FIXED[c]), styles.header);
            text(sub, c, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
        }
        for (int y = 0; y < years.size(); y++) {
            int col = FIXED.length + 2 * y;
            text(head, col, labels.fy(years.get(y)), styles.header);
            text(head, col + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, col, col + 1));
            text(sub, col, messages.message("progress.xlsx.col.results"), styles.header);
            text(sub, col + 1, messages.message("progress.xlsx.col.rating"), styles.header);
        }
        int[] widths = {14, 24, 30, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int y = 0; y < years.size(); y++) {
            sheet.setColumnWidth(FIXED.length + 2 * y, 22 * 256);
            sheet.setColumnWidth(FIXED.length + 2 * y + 1, 6 * 256);
        }
    }

    private void goalsSheet(XSSFWorkbook workbook, Styles styles, ProgressOverview o) {
        XSSFSheet sheet = workbook.createSheet(messages.message("progress.xlsx.sheet.goals"));
        text(sheet.createRow(0), 0, messages.message("progress.xlsx.goalsTitle", o.document().municipality().name(),
                labels.fy(o.year())), styles.title);
        XSSFRow head = sheet.createRow(1);
        String[] columns = {"progress.xlsx.col.category", "progress.xlsx.col.item", "progress.xlsx.col.vision",
                "progress.xlsx.col.indicator", "progress.xlsx.col.done", "progress.xlsx.col.selfEvaluation",
                "progress.xlsx.col.issuesAndNext"};
        for (int c = 0; c < columns.length; c++) {
            text(head, c, messages.message(columns[c]), styles.header);
        }
        int r = 2;
        for (ProgressOverview.ItemProgress ip : o.items()) {
            XSSFRow row = sheet.createRow(r++);
            RoadmapItem item = ip.item();
            text(row, 0, labels.category(item.category()), styles.text);
            text(row, 1, item.title(), styles.text);
            text(row, 2, item.targetVision(), styles.text);
            List<String> indicators = new ArrayList<>();
            for (ProgressOverview.IndicatorFigures f : ip.indicators()) {
                var fig = f.in(o.year()).orElse(null);
                indicators.add(messages.message("progress.xlsx.indicatorLine", f.indicator().name(),
                        fig == null ? "-" : plain(fig.target()), fig == null ? "-" : plain(fig.actual()), f.indicator().unit()));
            }
            text(row, 3, String.join("\n", indicators), styles.text);
            Evaluation e = ip.yearEnd() != null ? ip.yearEnd() : ip.interim();
            text(row, 4, e == null || e.done() == null ? "" : e.done(), styles.text);
            text(row, 5, e == null || e.rating() == null ? "" : ratingLabel(o.scale(), e.rating()), styles.text);
            String issues = e == null ? "" : join(e.issues(), e.nextSteps());
            text(row, 6, issues, styles.text);
        }
        int[] widths = {14, 22, 28, 26, 32, 14, 32};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        pageSetup(sheet, PrintSetup.A4_PAPERSIZE, 1, 1);
    }

    private String results(ProgressOverview.ItemProgress ip, FiscalYear year) {
        List<String> lines = new ArrayList<>();
        if (!ip.activities().isEmpty()) {
            lines.add(messages.message("progress.xlsx.activities", ip.activities().size()));
        }
        for (ProgressOverview.IndicatorFigures f : ip.indicators()) {
            f.in(year).ifPresent(fig -> lines.add(messages.message("progress.xlsx.indicatorLine", f.indicator().name(),
                    plain(fig.target()), plain(fig.actual()), f.indicator().unit())));
        }
        return String.join("\n", lines);
    }

    private static String ratingLabel(RatingScale scale, String symbol) {
        return scale.find(symbol).map(r -> r.symbol() + " " + r.label()).orElse(symbol);
    }

    private static String join(@Nullable String a, @Nullable String b) {
        List<String> parts = new ArrayList<>();
        if (a != null && !a.isBlank()) {
            parts.add(a);
        }
        if (b != null && !b.isBlank()) {
            parts.add(b);
        }
        return String.join("\n", parts);
    }

    static String plain(@Nullable BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static void pageSetup(XSSFSheet sheet, short paper, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(paper);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        sheet.getFooter().setCenter("&P / &N");
        sheet.createFreezePane(0, lastHeaderRow + 1);
    }

    private static XSSFCell text(XSSFRow row, int col, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(style);
        cell.setCellValue(value == null ? "" : value);
        return cell;
    }

    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle header;
        final XSSFCellStyle text;
        final XSSFCellStyle center;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            text = bordered(workbook);
            center = bordered(workbook);
            center.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        }

        private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
