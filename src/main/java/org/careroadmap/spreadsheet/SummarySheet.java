package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.PlainText;

/**
 * The prefecture's 一覧 sheet: one line per municipality (団体コード, name linking to its sheet, 様式, items per
 * category A–H, 項目数, 状態, 最終更新), printed A3 landscape with its header repeated.
 */
final class SummarySheet {

    private static final int CATEGORY_COL = SheetText.SUMMARY_HEADERS_BEFORE.size();
    private static final int AFTER_COL = CATEGORY_COL + CategoryCode.values().length;

    private final XSSFSheet sheet;
    private final SheetStyles styles;

    SummarySheet(XSSFSheet sheet, SheetStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** {@code sheetNames[i]} is the sheet of row i's roadmap, or null when it has none. */
    void write(String prefectureName, List<WorkbookWriter.SummaryRow> rows, String[] sheetNames) {
        heading(prefectureName);
        for (int i = 0; i < rows.size(); i++) {
            line(sheet.createRow(2 + i), rows.get(i), sheetNames[i]);
        }
        columnWidths(rows);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A3_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        sheet.createFreezePane(2, 2);
    }

    private void heading(String prefectureName) {
        List<String> headers = new ArrayList<>(SheetText.SUMMARY_HEADERS_BEFORE);
        for (CategoryCode c : CategoryCode.values()) {
            headers.add(c.heading());
        }
        headers.addAll(SheetText.SUMMARY_HEADERS_AFTER);
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(26);
        text(title, 0, "【" + prefectureName + " " + SheetText.TITLE_SUFFIX + "】", styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        XSSFRow header = sheet.createRow(1);
        header.setHeightInPoints(42);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), styles.header);
        }
    }

    private void line(XSSFRow row, WorkbookWriter.SummaryRow r, String sheetName) {
        text(row, 0, r.municipalityCode(), styles.line);
        XSSFCell name = text(row, 1, r.municipalityName(), sheetName == null ? styles.line : styles.link);
        if (sheetName != null) {
            XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
            name.setHyperlink(link);
        }
        text(row, 2, r.templateName() == null ? SheetText.SUMMARY_NONE : r.templateName(), styles.line);
        for (CategoryCode c : CategoryCode.values()) {
            XSSFCell cell = text(row, CATEGORY_COL + c.ordinal(), null, styles.number);
            if (r.roadmap() != null) {
                cell.setCellValue(r.itemsPerCategory().getOrDefault(c, 0));
            }
        }
        XSSFCell count = text(row, AFTER_COL, null, styles.number);
        if (r.roadmap() != null) {
            count.setCellValue(r.itemCount());
        }
        text(row, AFTER_COL + 1, r.status(), styles.line);
        XSSFCell updated = text(row, AFTER_COL + 2, null, styles.dateTime);
        if (r.updatedAt() != null) {
            updated.setCellValue(r.updatedAt());
        }
    }

    private void columnWidths(List<WorkbookWriter.SummaryRow> rows) {
        // Full-width characters take about two units of width each; the 様式 column fits its longest name.
        int longestTemplate = rows.stream().map(WorkbookWriter.SummaryRow::templateName).filter(java.util.Objects::nonNull)
                .mapToInt(String::length).max().orElse(10);
        int[] widths = {10, 12, Math.min(80, longestTemplate * 2 + 2)};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int c = CATEGORY_COL; c < AFTER_COL; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.setColumnWidth(AFTER_COL, 7 * 256);
        sheet.setColumnWidth(AFTER_COL + 1, 9 * 256);
        sheet.setColumnWidth(AFTER_COL + 2, 16 * 256);
    }

    private static XSSFCell text(XSSFRow row, int col, @Nullable String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(PlainText.xmlSafe(value));
        }
        return cell;
    }
}
