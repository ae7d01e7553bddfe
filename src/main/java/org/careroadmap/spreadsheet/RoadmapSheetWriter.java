package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import static org.careroadmap.spreadsheet.SheetLayout.COL_CATEGORY;
import static org.careroadmap.spreadsheet.SheetLayout.COL_MEASURES;
import static org.careroadmap.spreadsheet.SheetLayout.COL_TITLE;
import static org.careroadmap.spreadsheet.SheetLayout.COL_VISION;
import static org.careroadmap.spreadsheet.SheetLayout.COL_YEAR;
import static org.careroadmap.spreadsheet.SheetLayout.FIRST_DATA_ROW;
import static org.careroadmap.spreadsheet.SheetLayout.FIRST_YEAR_COL;
import static org.careroadmap.spreadsheet.SheetLayout.ROW_HEADER;
import static org.careroadmap.spreadsheet.SheetLayout.ROW_INSTRUCTIONS;
import static org.careroadmap.spreadsheet.SheetLayout.ROW_TITLE;
import static org.careroadmap.spreadsheet.SheetLayout.ROW_YEARS;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.platform.PlainText;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * Draws one roadmap onto a sheet laid out like the prefecture's: title, instructions ①–⑤, the two header
 * rows with the fiscal years under their plan periods, then per category its items, each item as many
 * rows as it has arrows (at least one), the category and item cells merged down those rows, and each
 * arrow a right-arrow shape anchored to exactly its fiscal-year cells in its own row.
 */
final class RoadmapSheetWriter {

    private final SheetStyles styles;

    RoadmapSheetWriter(SheetStyles styles) {
        this.styles = styles;
    }

    /** The sheet, with the roadmap's state (作成中, 公開 …) in the footer beside the print date. */
    void write(XSSFSheet sheet, SheetRoadmap roadmap, @Nullable String status) {
        write(sheet, roadmap);
        if (status != null) {
            sheet.getFooter().setRight(status.replace("&", "&&"));
        }
    }

    void write(XSSFSheet sheet, SheetRoadmap roadmap) {
        pageUsed = 0;
        RoadmapTemplate template = roadmap.template();
        List<FiscalYear> years = template.shownYears();
        int lastCol = FIRST_YEAR_COL + years.size() - 1;
        for (int c = 0; c < SheetLayout.WIDTHS.length; c++) {
            sheet.setColumnWidth(c, SheetLayout.WIDTHS[c] * 256);
        }
        for (int c = FIRST_YEAR_COL; c <= lastCol; c++) {
            sheet.setColumnWidth(c, SheetLayout.YEAR_WIDTH * 256);
        }
        writeHeading(sheet, roadmap, years, lastCol);
        ArrowShapes arrows = new ArrowShapes(sheet, years);
        int row = FIRST_DATA_ROW;
        for (CategoryCode category : CategoryCode.values()) {
            row = writeCategory(sheet, category, roadmap.itemsIn(category), row, lastCol, arrows);
        }
        if (row > FIRST_DATA_ROW) {
            offerSelectableYears(sheet, template, row - 1);
        }
        pageSetup(sheet);
    }

    private void writeHeading(XSSFSheet sheet, SheetRoadmap roadmap, List<FiscalYear> years, int lastCol) {
        XSSFRow title = sheet.createRow(ROW_TITLE);
        title.setHeightInPoints(26);
        cell(title, 0, roadmap.title(), styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(ROW_TITLE, ROW_TITLE, 0, lastCol));

        XSSFRow instructions = sheet.createRow(ROW_INSTRUCTIONS);
        // Tall enough for the longest note (① in its narrow merged cell) in the small font, so ①–⑤ read whole.
        instructions.setHeightInPoints((float) Math.max(66, RowHeights.lines(SheetText.INSTRUCTION_CATEGORIES,
                SheetLayout.WIDTHS[COL_CATEGORY] + SheetLayout.WIDTHS[COL_TITLE]) * 11 + 8));
        cell(instructions, COL_CATEGORY, SheetText.INSTRUCTION_CATEGORIES, styles.instruction);
        cell(instructions, COL_TITLE, null, styles.instruction);
        cell(instructions, COL_VISION, SheetText.INSTRUCTION_VISION, styles.instruction);
        cell(instructions, COL_YEAR, SheetText.INSTRUCTION_YEAR, styles.instruction);
        cell(instructions, COL_MEASURES, SheetText.INSTRUCTION_MEASURES, styles.instruction);
        cell(instructions, FIRST_YEAR_COL, SheetText.INSTRUCTION_ARROWS, styles.instruction);
        merge(sheet, ROW_INSTRUCTIONS, ROW_INSTRUCTIONS, COL_CATEGORY, COL_TITLE);
        merge(sheet, ROW_INSTRUCTIONS, ROW_INSTRUCTIONS, FIRST_YEAR_COL, lastCol);
        writeHeaderRows(sheet, roadmap, years, lastCol);
    }

    /** 項目, 目指す姿, 達成年度, 推進方策 merged over two rows; the plan periods above their fiscal years. */
    private void writeHeaderRows(XSSFSheet sheet, SheetRoadmap roadmap, List<FiscalYear> years, int lastCol) {
        XSSFRow header = sheet.createRow(ROW_HEADER);
        header.setHeightInPoints(20);
        XSSFRow yearRow = sheet.createRow(ROW_YEARS);
        yearRow.setHeightInPoints(28);
        for (int c = 0; c <= lastCol; c++) {
            cell(header, c, null, styles.header);
            cell(yearRow, c, null, styles.header);
        }
        header.getCell(COL_CATEGORY).setCellValue(SheetText.ITEM);
        header.getCell(COL_VISION).setCellValue(SheetText.VISION);
        header.getCell(COL_YEAR).setCellValue(SheetText.ACHIEVEMENT_YEAR);
        header.getCell(COL_MEASURES).setCellValue(SheetText.MEASURES);
        merge(sheet, ROW_HEADER, ROW_YEARS, COL_CATEGORY, COL_TITLE);
        for (int c = COL_VISION; c <= COL_MEASURES; c++) {
            merge(sheet, ROW_HEADER, ROW_YEARS, c, c);
        }
        int col = FIRST_YEAR_COL;
        for (PlanPeriod period : roadmap.template().periods()) {
            header.getCell(col).setCellValue(period.planLabel());
            merge(sheet, ROW_HEADER, ROW_HEADER, col, col + period.years().size() - 1);
            col += period.years().size();
        }
        for (int i = 0; i < years.size(); i++) {
            yearRow.getCell(FIRST_YEAR_COL + i).setCellValue(SheetText.yearHeading(years.get(i)));
        }
    }

    private int writeCategory(XSSFSheet sheet, CategoryCode category, List<SheetRoadmap.Item> items, int firstRow,
                              int lastCol, ArrowShapes arrows) {
        double categoryNeed = RowHeights.lines(category.heading(), SheetLayout.WIDTHS[COL_CATEGORY]) * RowHeights.LINE_POINTS + 6;
        if (items.isEmpty()) {
            XSSFRow row = blankRow(sheet, firstRow, lastCol);
            row.getCell(COL_CATEGORY).setCellValue(category.heading());
            row.setHeightInPoints((float) RowHeights.clamp(Math.max(RowHeights.MIN_ROW_POINTS, categoryNeed)));
            return firstRow + 1;
        }
        int row = firstRow;
        double categoryHeight = 0;
        for (SheetRoadmap.Item item : items) {
            double[] heights = writeItem(sheet, item, row, lastCol, arrows);
            categoryHeight += java.util.Arrays.stream(heights).sum();
            row += heights.length;
        }
        sheet.getRow(firstRow).getCell(COL_CATEGORY).setCellValue(category.heading());
        if (row - firstRow > 1) {
            merge(sheet, firstRow, row - 1, COL_CATEGORY, COL_CATEGORY);
        }
        if (categoryHeight < categoryNeed) {
            XSSFRow last = sheet.getRow(row - 1);
            last.setHeightInPoints((float) RowHeights.clamp(last.getHeightInPoints() + categoryNeed - categoryHeight));
        }
        return row;
    }

    /** One item over as many rows as it has arrows (at least one), its text cells merged down them; its row heights. */
    private double[] writeItem(XSSFSheet sheet, SheetRoadmap.Item item, int row, int lastCol, ArrowShapes arrows) {
        int rows = Math.max(1, item.arrows().size());
        double[] heights = RowHeights.of(item, rows);
        for (int r = 0; r < rows; r++) {
            blankRow(sheet, row + r, lastCol).setHeightInPoints((float) heights[r]);
        }
        XSSFRow start = sheet.getRow(row);
        text(start, COL_TITLE, item.title(), styles.itemTitle, styles.itemTitleQuoted);
        text(start, COL_VISION, item.targetVision(), styles.text, styles.textQuoted);
        if (item.achievementYear() != null) {
            start.getCell(COL_YEAR).setCellValue(item.achievementYear().label());
        }
        text(start, COL_MEASURES, item.measures(), styles.text, styles.textQuoted);
        if (rows > 1) {
            for (int c = COL_TITLE; c <= COL_MEASURES; c++) {
                merge(sheet, row, row + rows - 1, c, c);
            }
        }
        for (int a = 0; a < item.arrows().size(); a++) {
            arrows.draw(item.arrows().get(a), row + a, heights[a]);
        }
        breakBefore(sheet, row, java.util.Arrays.stream(heights).sum());
        return heights;
    }

    /**
     * Points of A3 landscape left for data rows on one page at the fitted scale (about 1: the columns are made to fill
     * the width), after the margins, the repeated header rows and the footer.
     */
    private static final double PAGE_POINTS = 842 - 72 - 48 - 30;
    private double pageUsed;

    /**
     * Starts a new page before an item whose rows would not fit on this one, so no item (its merged cells and
     * its arrows) is ever split across pages.
     */
    private void breakBefore(XSSFSheet sheet, int firstRowOfItem, double itemPoints) {
        if (pageUsed > 0 && pageUsed + itemPoints > PAGE_POINTS) {
            sheet.setRowBreak(firstRowOfItem - 1);
            pageUsed = 0;
        }
        pageUsed += itemPoints;
    }

    private XSSFRow blankRow(XSSFSheet sheet, int index, int lastCol) {
        XSSFRow row = sheet.createRow(index);
        cell(row, COL_CATEGORY, null, styles.category);
        cell(row, COL_TITLE, null, styles.itemTitle);
        cell(row, COL_VISION, null, styles.text);
        cell(row, COL_YEAR, null, styles.centred);
        cell(row, COL_MEASURES, null, styles.text);
        for (int c = FIRST_YEAR_COL; c <= lastCol; c++) {
            cell(row, c, null, styles.timeline);
        }
        return row;
    }

    private static XSSFCell cell(XSSFRow row, int col, @Nullable String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(PlainText.xmlSafe(value));
        }
        return cell;
    }

    /** Always a string cell — never a formula — and quote-prefixed when it starts like one. */
    private static void text(XSSFRow row, int col, String value, XSSFCellStyle plain, XSSFCellStyle quoted) {
        if (value == null || value.isEmpty()) {
            return;
        }
        XSSFCell cell = row.getCell(col);
        cell.setCellValue(PlainText.xmlSafe(value));
        if (FormulaNeutraliser.looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        } else {
            cell.setCellStyle(plain);
        }
    }

    private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        // Regions are laid out so they never overlap; the unchecked variant avoids POI's quadratic check.
        sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    /** ③ asks to "select" the year: the column offers the template's list but accepts what people type. */
    private static void offerSelectableYears(XSSFSheet sheet, RoadmapTemplate template, int lastRow) {
        String[] labels = template.selectableYears().stream().map(FiscalYear::label).toArray(String[]::new);
        if (String.join(",", labels).length() > 255) {
            return;  // Excel's limit for a list written into the validation itself
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(labels),
                new CellRangeAddressList(FIRST_DATA_ROW, lastRow, COL_YEAR, COL_YEAR));
        validation.setShowErrorBox(false);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void pageSetup(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A3_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(ROW_HEADER, ROW_YEARS, -1, -1));
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("&P / &N");
        // When it was printed, so a paper copy says how old it is (the state is added by the export, which knows it).
        sheet.getFooter().setLeft("印刷 &D &T");
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setDisplayGridlines(false);
    }
}
