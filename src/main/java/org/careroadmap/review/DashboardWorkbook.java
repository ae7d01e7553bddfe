package org.careroadmap.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.roadmap.RoadmapSummary;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.reference.CategoryCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as an Excel sheet for the prefecture's own reports. Every text cell is written as a
 * string, so nothing a municipality typed can become a formula.
 */
@Component
public class DashboardWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));
    /** Row 0 is the title; the headings follow, with the filter and the frozen pane below them. */
    private static final int HEAD_ROW = 1;

    private final MessageSource messages;
    private final org.careroadmap.reference.Labels labels;

    DashboardWorkbook(MessageSource messages, org.careroadmap.reference.Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public byte[] write(Dashboard.View view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("dashboard.title"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeTitle(sheet.createRow(0), view, bold);
            int columns = writeHeading(sheet.createRow(HEAD_ROW), bold, view);
            int r = HEAD_ROW + 1;
            for (DashboardRow row : view.rows()) {
                writeMunicipality(sheet.createRow(r++), row, view);
            }
            sheet.setAutoFilter(new CellRangeAddress(HEAD_ROW, r - 1, 0, columns - 1));
            sheet.createFreezePane(2, HEAD_ROW + 1);
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, i == 1 ? 14 * 256 : 11 * 256);
            }
            fitOnA4Landscape(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTitle(Row title, Dashboard.View view, CellStyle bold) {
        string(title, 0, text("dashboard.title"), bold);
        view.round().ifPresent(round -> string(title, 3, text("round.current", labels.fy(round.fiscalYear()),
                round.deadline().toString(), labels.template(round.templateId())), null));
        if (view.edition() != null) {
            string(title, 10, text("dashboard.captionFor", labels.template(view.edition())), null);
        }
    }

    /** Writes the column headings, the added columns' last (as on the page), and says how many columns there are. */
    private int writeHeading(Row head, CellStyle bold, Dashboard.View view) {
        int c = 0;
        for (String key : new String[] {"home.col.code", "home.col.name", "dashboard.col.status", "dashboard.col.overdue"}) {
            string(head, c++, text(key), bold);
        }
        for (CategoryCode category : CategoryCode.values()) {
            string(head, c++, category.heading(), bold);
        }
        for (String key : new String[] {"dashboard.col.total", "dashboard.col.errors", "dashboard.col.warnings",
                "dashboard.col.comments", "dashboard.col.updated"}) {
            string(head, c++, text(key), bold);
        }
        for (DashboardColumn added : view.addedColumns()) {
            string(head, c++, added.heading(), bold);
        }
        return c;
    }

    private void writeMunicipality(Row line, DashboardRow row, Dashboard.View view) {
        RoadmapSummary roadmap = row.roadmap();
        int c = 0;
        string(line, c++, row.municipality().code().value(), null);
        string(line, c++, labels.english() && row.municipality().nameEn() != null
                ? row.municipality().nameEn() : row.municipality().name(), null);
        string(line, c++, roadmap != null ? text("status." + roadmap.status().name()) : text("dashboard.noRoadmap"), null);
        string(line, c++, row.overdue() ? text("dashboard.overdue") : "", null);
        for (CategoryCode category : CategoryCode.values()) {
            number(line, c++, roadmap != null ? roadmap.itemsPerCategory().get(category) : null);
        }
        number(line, c++, roadmap != null ? roadmap.itemCount() : null);
        number(line, c++, roadmap != null ? roadmap.errorCount() : null);
        number(line, c++, roadmap != null ? roadmap.warningCount() : null);
        number(line, c++, row.unresolvedComments());
        string(line, c++, roadmap != null ? TIME.format(roadmap.updatedAt()) : "", null);
        // The added columns' text exactly as the page shows it (e.g. 受理 期限超過, 67%, 3 / 4); another module's
        // text, so neutralised against formulas like every text a municipality could have typed.
        for (DashboardColumn added : view.addedColumns()) {
            string(line, c++, FormulaNeutraliser.neutralised(row.cell(added.key()).text()), null);
        }
    }

    /** On paper: A4 landscape, all columns on one page wide, the heading row on every page. */
    private static void fitOnA4Landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEAD_ROW, HEAD_ROW, -1, -1));
        sheet.getFooter().setCenter("&P / &N");
    }

    private static void string(Row row, int column, @Nullable String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? null : org.careroadmap.platform.PlainText.xmlSafe(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, @Nullable Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private String text(String key, Object... args) {
        // With the key as its default, a message source never answers null.
        return Objects.requireNonNull(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }
}
