package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.PlanPeriod;

/**
 * Finds a roadmap sheet's header by its words ({@link HeaderWords}) and reads what it says: which column holds
 * what (項目 may be merged over 区分 and item), the fiscal years of the timeline (from year headings, or from
 * 第N期 headings spanning their years), where the data start, and the municipality the title above names.
 */
final class SheetHeaders {

    private static final Pattern PERIOD = Pattern.compile("第(\\d{1,2})期");

    private SheetHeaders() {
    }

    static Optional<RoadmapSheetReader.Header> find(XSSFSheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), HeaderWords.LAST_SCANNED_ROW);
        for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Integer, String> cells = new TreeMap<>();
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                cells.put(c, SheetCells.quietText(row.getCell(c)));
            }
            Optional<HeaderWords> words = HeaderWords.in(cells);
            if (words.isPresent()) {
                return Optional.of(header(sheet, r, words.get()));
            }
        }
        return Optional.empty();
    }

    private static RoadmapSheetReader.Header header(XSSFSheet sheet, int row, HeaderWords w) {
        int title = w.item() >= 0 ? w.item() : Math.min(w.vision(), Math.min(w.year(), w.measures())) - 1;
        int category = w.category();
        CellRangeAddress itemMerged = w.item() >= 0 ? SheetCells.mergedAt(sheet, row, w.item()) : null;
        if (itemMerged != null && itemMerged.getLastColumn() > itemMerged.getFirstColumn()) {
            // 項目 merged over two columns: 区分 on the left, the item on the right.
            category = category >= 0 ? category : itemMerged.getFirstColumn();
            title = itemMerged.getLastColumn();
        }
        if (category < 0) {
            category = title - 1;
        }
        int lastHeaderRow = lastHeaderRow(sheet, row, w);
        int timelineFrom = Math.max(Math.max(w.vision(), w.year()), Math.max(w.measures(), title)) + 1;
        Timeline timeline = timeline(sheet, row, lastHeaderRow, timelineFrom);
        int dataStart = Math.max(lastHeaderRow, timeline.yearsRow) + 1;
        return new RoadmapSheetReader.Header(row, dataStart, category, title, w.vision(), w.year(), w.measures(),
                timeline.years(), List.copyOf(timeline.periods.keySet()), municipalityAbove(sheet, row));
    }

    /** The header's last row: its headings may be merged down over several rows. */
    private static int lastHeaderRow(XSSFSheet sheet, int row, HeaderWords w) {
        int last = row;
        for (int c : new int[] {w.item(), w.vision(), w.year(), w.measures()}) {
            CellRangeAddress merged = c >= 0 ? SheetCells.mergedAt(sheet, row, c) : null;
            if (merged != null) {
                last = Math.max(last, merged.getLastRow());
            }
        }
        return last;
    }

    /** Year and period headings right of the text columns, in the header's rows and the row below them. */
    private static final class Timeline {
        final TreeMap<Integer, FiscalYear> yearColumns = new TreeMap<>();
        final Map<PlanPeriod, int[]> periods = new LinkedHashMap<>();
        int yearsRow = -1;

        /** The years by column; a period heading spanning as many columns as it has years names them too. */
        TreeMap<Integer, FiscalYear> years() {
            TreeMap<Integer, FiscalYear> years = new TreeMap<>(yearColumns);
            for (Map.Entry<PlanPeriod, int[]> p : periods.entrySet()) {
                int[] span = p.getValue();
                List<FiscalYear> periodYears = p.getKey().years();
                if (span[1] - span[0] + 1 == periodYears.size()) {
                    for (int i = 0; i < periodYears.size(); i++) {
                        years.putIfAbsent(span[0] + i, periodYears.get(i));
                    }
                }
            }
            return years;
        }
    }

    private static Timeline timeline(XSSFSheet sheet, int row, int lastHeaderRow, int from) {
        Timeline timeline = new Timeline();
        for (int r = row; r <= lastHeaderRow + 1; r++) {
            boolean found = timeline.yearsRow >= 0 || !timeline.periods.isEmpty();
            if (r == lastHeaderRow + 1 && found && r > row + 1) {
                break;
            }
            XSSFRow sheetRow = sheet.getRow(r);
            for (int c = from; sheetRow != null && c < sheetRow.getLastCellNum(); c++) {
                heading(sheet, r, c, SheetCells.quietText(sheetRow.getCell(c)), timeline);
            }
        }
        return timeline;
    }

    private static void heading(XSSFSheet sheet, int r, int c, String text, Timeline timeline) {
        if (text.isBlank()) {
            return;
        }
        Matcher period = PERIOD.matcher(SheetText.normalise(text));
        if (period.find()) {
            CellRangeAddress merged = SheetCells.mergedAt(sheet, r, c);
            timeline.periods.putIfAbsent(PlanPeriod.of(Integer.parseInt(period.group(1))),
                    merged == null ? new int[] {c, c} : new int[] {merged.getFirstColumn(), merged.getLastColumn()});
            timeline.yearsRow = Math.max(timeline.yearsRow, r);
            return;
        }
        try {
            timeline.yearColumns.put(c, FiscalYear.parse(text));
            timeline.yearsRow = Math.max(timeline.yearsRow, r);
        } catch (InvalidValueException e) {
            // not a year heading
        }
    }

    /** The municipality named in a title above the header (【長与町地域包括ケアシステム推進ロードマップ】), if any. */
    private static @Nullable String municipalityAbove(XSSFSheet sheet, int headerRow) {
        for (int r = Math.max(0, sheet.getFirstRowNum()); r < headerRow; r++) {
            XSSFRow sheetRow = sheet.getRow(r);
            for (int c = sheetRow == null ? 0 : Math.max(0, sheetRow.getFirstCellNum());
                 sheetRow != null && c < sheetRow.getLastCellNum(); c++) {
                String municipality = SheetText.municipalityInTitle(SheetCells.quietText(sheetRow.getCell(c)));
                if (municipality != null) {
                    return municipality;
                }
            }
        }
        return null;
    }
}
