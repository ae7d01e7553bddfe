package org.careroadmap.spreadsheet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.spreadsheet.SheetRoadmap;

/**
 * The benchmark's yardstick: the same workbook — a summary sheet, then per municipality the same header
 * cells, item cells, merged regions and one right-arrow shape with its text per arrow — written with plain
 * POI calls in the simplest way, without any of Care Roadmap's code (no row-height estimates, fonts in the
 * shapes, quote prefixes, alternative texts or data validation).
 */
final class PlainPoiWorkbook {

    private PlainPoiWorkbook() {
    }

    static byte[] write(List<SheetRoadmap> roadmaps) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            XSSFSheet summary = workbook.createSheet("一覧");
            for (int i = 0; i < roadmaps.size(); i++) {
                XSSFRow row = summary.createRow(i + 2);
                row.createCell(0).setCellValue(roadmaps.get(i).municipalityName());
                for (CategoryCode c : CategoryCode.values()) {
                    row.createCell(3 + c.ordinal()).setCellValue(roadmaps.get(i).itemsIn(c).size());
                }
            }
            for (SheetRoadmap roadmap : roadmaps) {
                sheet(workbook.createSheet(roadmap.municipalityName()), roadmap, style);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFSheet sheet, SheetRoadmap roadmap, XSSFCellStyle style) {
        List<FiscalYear> years = roadmap.template().shownYears();
        int lastCol = 4 + years.size();
        sheet.createRow(0).createCell(0).setCellValue("【" + roadmap.municipalityName() + "地域包括ケアシステム推進ロードマップ】");
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, lastCol));
        XSSFRow header = sheet.createRow(2);
        XSSFRow yearRow = sheet.createRow(3);
        String[] titles = {"項目", null, "目指す姿（目標・目的）", "達成年度", "推進方策（方法・手段）"};
        for (int c = 0; c <= lastCol; c++) {
            header.createCell(c).setCellStyle(style);
            yearRow.createCell(c).setCellStyle(style);
            if (c < titles.length && titles[c] != null) {
                header.getCell(c).setCellValue(titles[c]);
            }
        }
        for (int i = 0; i < years.size(); i++) {
            yearRow.getCell(5 + i).setCellValue(years.get(i).label());
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int row = 4;
        for (CategoryCode category : CategoryCode.values()) {
            int first = row;
            for (SheetRoadmap.Item item : roadmap.itemsIn(category)) {
                int rows = Math.max(1, item.arrows().size());
                for (int r = 0; r < rows; r++) {
                    XSSFRow sheetRow = sheet.createRow(row + r);
                    for (int c = 0; c <= lastCol; c++) {
                        sheetRow.createCell(c).setCellStyle(style);
                    }
                }
                XSSFRow start = sheet.getRow(row);
                start.getCell(1).setCellValue(item.title());
                start.getCell(2).setCellValue(item.targetVision());
                start.getCell(3).setCellValue(item.achievementYear() == null ? "" : item.achievementYear().label());
                start.getCell(4).setCellValue(item.measures());
                if (rows > 1) {
                    for (int c = 1; c <= 4; c++) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row + rows - 1, c, c));
                    }
                }
                for (int a = 0; a < item.arrows().size(); a++) {
                    SheetRoadmap.Arrow arrow = item.arrows().get(a);
                    XSSFSimpleShape shape = drawing.createSimpleShape(drawing.createAnchor(0, 0, 0, 0,
                            5 + years.indexOf(arrow.start()), row + a, 6 + years.indexOf(arrow.end()), row + a + 1));
                    shape.setShapeType(ShapeTypes.RIGHT_ARROW);
                    shape.setText(arrow.label());
                }
                row += rows;
            }
            if (row == first) {
                sheet.createRow(row++).createCell(0).setCellValue(category.heading());
            } else {
                sheet.getRow(first).getCell(0).setCellValue(category.heading());
                if (row - first > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(first, row - 1, 0, 0));
                }
            }
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
    }
}
