package org.careroadmap.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard as an Excel sheet for the prefecture's own reports. Every text cell is written as a
 * string, so nothing a municipality typed can become a formula.
 */
@Component
public class DashboardWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

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
            int r = 0;
            Row title = sheet.createRow(r++);
            string(title, 0, text("dashboard.title"), bold);
            view.round().ifPresent(round -> string(title, 3, text("round.current", labels.fy(round.fiscalYear()),
                    round.deadline().toString(), labels.template(round.templateId())), null));
            if (view.edition() != null) {
                string(title, 10, text("dashboard.captionFor", labels.template(view.edition())), null);
            }
            Row head = sheet.createRow(r++);
            String[] columns = {text("home.col.code"), text("home.col.name"), text("dashboard.col.status"),
                    text("dashboard.col.overdue")};
            int c = 0;
            for (String column : columns) {
                string(head, c++, column, bold);
            }
            for (CategoryCode category : CategoryCode.values()) {
                string(head, c++, category.heading(), bold);
            }
            for (String key : new String[] {"dashboard.col.total", "dashboard.col.errors", "dashboard.col.warnings",
                    "dashboard.col.comments", "dashboard.col.updated"}) {
                string(head, c++, text(key), bold);
            }
            for (DashboardRow row : view.rows()) {
                Row line = sheet.createRow(r++);
                c = 0;
                string(line, c++, row.municipality().code().value(), null);
                string(line, c++, labels.english() && row.municipality().nameEn() != null
                        ? row.municipality().nameEn() : row.municipality().name(), null);
                string(line, c++, row.hasRoadmap() ? text("status." + row.status().name()) : text("dashboard.noRoadmap"), null);
                string(line, c++, row.overdue() ? text("dashboard.overdue") : "", null);
                for (CategoryCode category : CategoryCode.values()) {
                    number(line, c++, row.hasRoadmap() ? row.roadmap().itemsPerCategory().get(category) : null);
                }
                number(line, c++, row.hasRoadmap() ? row.roadmap().itemCount() : null);
                number(line, c++, row.hasRoadmap() ? row.roadmap().errorCount() : null);
                number(line, c++, row.hasRoadmap() ? row.roadmap().warningCount() : null);
                number(line, c++, row.unresolvedComments());
                string(line, c++, row.hasRoadmap() ? TIME.format(row.roadmap().updatedAt()) : "", null);
            }
            int headRow = 1;
            sheet.setAutoFilter(new CellRangeAddress(headRow, r - 1, 0, c - 1));
            sheet.createFreezePane(2, headRow + 1);
            for (int i = 0; i < c; i++) {
                sheet.setColumnWidth(i, i == 1 ? 14 * 256 : 11 * 256);
            }
            // On paper: A4 landscape, all columns on one page wide, the heading row on every page.
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            sheet.getFooter().setCenter("&P / &N");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? null : org.careroadmap.platform.PlainText.xmlSafe(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
