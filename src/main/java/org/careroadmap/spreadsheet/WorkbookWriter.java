package org.careroadmap.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;

/** Writes .xlsx files: one roadmap, or a prefecture's summary sheet followed by one sheet per municipality. */
public final class WorkbookWriter {

    /**
     * One line of the prefecture's summary: one roadmap, or a municipality without any ({@code roadmap} null).
     * {@code sheetName} is the wished name of the roadmap's sheet (made safe and unique when written); null
     * stands for the municipality's name.
     */
    public record SummaryRow(String municipalityCode, String municipalityName, String templateName,
                             Map<CategoryCode, Integer> itemsPerCategory, int itemCount, String status,
                             LocalDateTime updatedAt, SheetRoadmap roadmap, String sheetName) {
    }

    public byte[] roadmap(SheetRoadmap roadmap) {
        return roadmap(roadmap, null);
    }

    /** One roadmap; {@code status} (e.g. 作成中) is printed in the footer, or nothing when null. */
    public byte[] roadmap(SheetRoadmap roadmap, String status) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(roadmap.municipalityName()));
            new RoadmapSheetWriter(styles).write(sheet, roadmap, status);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] prefecture(String prefectureName, List<SummaryRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet summary = workbook.createSheet(SheetText.SUMMARY_SHEET);
            RoadmapSheetWriter writer = new RoadmapSheetWriter(styles);
            Set<String> names = new HashSet<>();
            names.add(SheetText.SUMMARY_SHEET.toLowerCase(java.util.Locale.ROOT));
            String[] sheetNames = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                SheetRoadmap roadmap = rows.get(i).roadmap();
                if (roadmap != null) {
                    String wished = rows.get(i).sheetName() == null ? roadmap.municipalityName() : rows.get(i).sheetName();
                    sheetNames[i] = unique(WorkbookUtil.createSafeSheetName(wished), names);
                    writer.write(workbook.createSheet(sheetNames[i]), roadmap, rows.get(i).status());
                }
            }
            writeSummary(summary, styles, prefectureName, rows, sheetNames);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSummary(XSSFSheet sheet, SheetStyles styles, String prefectureName, List<SummaryRow> rows,
                                     String[] sheetNames) {
        List<String> headers = new java.util.ArrayList<>(SheetText.SUMMARY_HEADERS_BEFORE);
        for (CategoryCode c : CategoryCode.values()) {
            headers.add(c.heading());
        }
        headers.addAll(SheetText.SUMMARY_HEADERS_AFTER);
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(26);
        XSSFCell titleCell = title.createCell(0);
        titleCell.setCellValue("【" + prefectureName + " " + SheetText.TITLE_SUFFIX + "】");
        titleCell.setCellStyle(styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        XSSFRow header = sheet.createRow(1);
        header.setHeightInPoints(42);
        for (int c = 0; c < headers.size(); c++) {
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
        }
        int categoryCol = SheetText.SUMMARY_HEADERS_BEFORE.size();
        int afterCol = categoryCol + CategoryCode.values().length;
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow r = rows.get(i);
            XSSFRow row = sheet.createRow(2 + i);
            text(row, 0, r.municipalityCode(), styles.line);
            XSSFCell name = text(row, 1, r.municipalityName(), sheetNames[i] == null ? styles.line : styles.link);
            if (sheetNames[i] != null) {
                XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + sheetNames[i].replace("'", "''") + "'!A1");
                name.setHyperlink(link);
            }
            text(row, 2, r.templateName() == null ? SheetText.SUMMARY_NONE : r.templateName(), styles.line);
            for (CategoryCode c : CategoryCode.values()) {
                XSSFCell cell = row.createCell(categoryCol + c.ordinal());
                cell.setCellStyle(styles.number);
                if (r.roadmap() != null) {
                    cell.setCellValue(r.itemsPerCategory().getOrDefault(c, 0));
                }
            }
            XSSFCell count = row.createCell(afterCol);
            count.setCellStyle(styles.number);
            if (r.roadmap() != null) {
                count.setCellValue(r.itemCount());
            }
            text(row, afterCol + 1, r.status(), styles.line);
            XSSFCell updated = row.createCell(afterCol + 2);
            updated.setCellStyle(styles.dateTime);
            if (r.updatedAt() != null) {
                updated.setCellValue(r.updatedAt());
            }
        }
        // Full-width characters take about two units of width each; the 様式 column fits its longest name.
        int longestTemplate = rows.stream().map(SummaryRow::templateName).filter(java.util.Objects::nonNull)
                .mapToInt(String::length).max().orElse(10);
        int[] widths = {10, 12, Math.min(80, longestTemplate * 2 + 2)};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int c = categoryCol; c < afterCol; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.setColumnWidth(afterCol, 7 * 256);
        sheet.setColumnWidth(afterCol + 1, 9 * 256);
        sheet.setColumnWidth(afterCol + 2, 16 * 256);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A3_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        sheet.createFreezePane(2, 2);
    }

    private static XSSFCell text(XSSFRow row, int col, String value, org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(org.careroadmap.platform.PlainText.xmlSafe(value));
        }
        return cell;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        workbook.write(out);
        return out.toByteArray();
    }
}
