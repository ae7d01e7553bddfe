package org.careroadmap.spreadsheet;

/**
 * Where things are on the sheet Care Roadmap writes: rows and columns, 0-based. The importer does not rely
 * on these (it finds the header by its words, so hand-made sheets with other columns are read too).
 */
final class SheetLayout {

    static final int COL_CATEGORY = 0;
    static final int COL_TITLE = 1;
    static final int COL_VISION = 2;
    static final int COL_YEAR = 3;
    static final int COL_MEASURES = 4;
    static final int FIRST_YEAR_COL = 5;

    static final int ROW_TITLE = 0;
    static final int ROW_INSTRUCTIONS = 1;
    static final int ROW_HEADER = 2;
    static final int ROW_YEARS = 3;
    static final int FIRST_DATA_ROW = 4;

    /**
     * Column widths in characters of the default font: category, item, vision, year, measures. The year column
     * holds 2026年度(令和8年度) on one line, so it never wraps inside a word.
     */
    static final int[] WIDTHS = {11, 17, 30, 20, 34};
    static final int YEAR_WIDTH = 12;

    private SheetLayout() {
    }
}
