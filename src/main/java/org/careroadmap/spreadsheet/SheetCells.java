package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careroadmap.reference.FiscalYear;

/**
 * The cells of one roadmap sheet as the reader sees them: their text (a formula's cached value, noted; an error
 * value, a problem), whether a value starts in a row or continues a merged cell, and whether a cell is filled
 * (an arrow drawn with cell colour). Merged regions over the data rows are indexed once, so each look-up is a map
 * access rather than a scan of every region.
 */
final class SheetCells {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.JAPAN);

    private final XSSFSheet sheet;
    private final SheetFindings findings;
    private final Map<Long, CellRangeAddress> regions = new HashMap<>();

    SheetCells(XSSFSheet sheet, SheetFindings findings) {
        this.sheet = sheet;
        this.findings = findings;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** Indexes the merged regions that touch the header's columns between the first data row and {@code lastRow}. */
    void indexRegions(RoadmapSheetReader.Header header, int lastRow) {
        Set<Integer> cols = new LinkedHashSet<>(header.yearColumns().keySet());
        for (int c : new int[] {header.categoryCol(), header.titleCol(), header.visionCol(), header.yearCol(),
                header.measuresCol()}) {
            if (c >= 0) {
                cols.add(c);
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() < header.dataStart() || region.getFirstRow() > lastRow) {
                continue;
            }
            int from = Math.max(region.getFirstRow(), header.dataStart());
            int to = Math.min(region.getLastRow(), lastRow);
            for (int c : cols) {
                if (c >= region.getFirstColumn() && c <= region.getLastColumn()) {
                    for (int r = from; r <= to; r++) {
                        regions.put(key(r, c), region);
                    }
                }
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The indexed merged region a data cell lies in, or null. */
    @Nullable CellRangeAddress region(int row, int col) {
        return regions.get(key(row, col));
    }

    /** Whether a field's value starts in this row (not merged, or the first row of its merged cell). */
    boolean startsAt(int row, int col) {
        if (col < 0) {
            return false;
        }
        CellRangeAddress merged = region(row, col);
        return merged == null || merged.getFirstRow() == row;
    }

    /** The merged region of any cell (the header's too), by scanning them all. */
    static @Nullable CellRangeAddress mergedAt(XSSFSheet sheet, int row, int col) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, col)) {
                return region;
            }
        }
        return null;
    }

    private @Nullable XSSFCell cellAt(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        return r == null || col < 0 ? null : r.getCell(col);
    }

    /** Whether the cell has a fill that is not white: part of an arrow drawn with cell colour. */
    boolean filled(int row, int col) {
        XSSFCell cell = cellAt(row, col);
        XSSFCellStyle style = cell == null ? null : cell.getCellStyle();
        if (style == null || style.getFillPattern() == FillPatternType.NO_FILL) {
            return false;
        }
        XSSFColor color = style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
                ? style.getFillForegroundXSSFColor() : style.getFillBackgroundXSSFColor();
        if (color == null) {
            return true;
        }
        byte[] rgb = color.getRGB();
        boolean white = rgb != null && (rgb[0] & 0xFF) > 0xF5 && (rgb[1] & 0xFF) > 0xF5 && (rgb[2] & 0xFF) > 0xF5;
        return !white && !(color.isIndexed() && (color.getIndex() == 9 || color.getIndex() == 1));
    }

    String text(int row, int col) {
        return text(cellAt(row, col), false);
    }

    /** A year cell: like any text, but a date counts as the fiscal year it falls in (a bare year typed as a date too). */
    String yearText(int row, int col) {
        return text(cellAt(row, col), true);
    }

    private String text(@Nullable XSSFCell cell, boolean year) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            findings.formula(findings.ref(cell.getRowIndex(), cell.getColumnIndex()), cell.getCellFormula());
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, year);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> {
                findings.problem(findings.ref(cell.getRowIndex(), cell.getColumnIndex()), "sheet.errorValue",
                        List.of(errorText(cell)));
                yield "";
            }
            default -> "";
        };
    }

    private static String number(XSSFCell cell, boolean year) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            if (year) {
                boolean bareYear = date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
                return String.valueOf(bareYear ? date.getYear() : FiscalYear.containing(date.toLocalDate()).value());
            }
            return FORMATTER.formatCellValue(cell);
        }
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String errorText(XSSFCell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    /** Text of a header cell; problems in the header are not the reader's business. */
    static String quietText(XSSFCell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, false);
            default -> "";
        };
    }
}
