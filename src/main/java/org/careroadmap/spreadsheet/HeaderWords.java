package org.careroadmap.spreadsheet;

import java.util.Map;
import java.util.Optional;

/**
 * The words a roadmap header row is recognised by (目指す姿, 達成年度, 推進方策, and 項目 and 区分 where
 * present), whoever read the cells: the object model of the chosen sheet, or the light scan that picks which
 * sheet to open ({@link SheetScan}). One rule in one place, so the scan never picks a sheet the reader refuses.
 *
 * @param item the 項目 column, or -1
 * @param category the 区分 column, or -1
 */
record HeaderWords(int item, int category, int vision, int year, int measures) {

    /** The header is looked for in the first rows only (0-based, inclusive). */
    static final int LAST_SCANNED_ROW = 40;
    private static final int SHORT_HEADING = 16;

    /** The header columns in one row's cells (column → text, in column order), if the row is a header. */
    static Optional<HeaderWords> in(Map<Integer, String> cells) {
        int item = -1;
        int category = -1;
        int vision = -1;
        int year = -1;
        int measures = -1;
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            String t = SheetText.normalise(cell.getValue());
            int c = cell.getKey();
            if (t.isEmpty() || t.length() > SHORT_HEADING) {
                continue;
            }
            if (t.contains("目指す姿") && vision < 0) {
                vision = c;
            } else if (t.contains("達成年度") && year < 0) {
                year = c;
            } else if (t.contains("推進方策") && measures < 0) {
                measures = c;
            } else if (t.startsWith(SheetText.ITEM) && t.length() <= 4 && item < 0) {
                item = c;
            } else if (t.equals(SheetText.CATEGORY) && category < 0) {
                category = c;
            }
        }
        if (vision >= 0 && year >= 0 && measures >= 0) {
            return Optional.of(new HeaderWords(item, category, vision, year, measures));
        }
        return Optional.empty();
    }
}
