package org.careroadmap.spreadsheet;

import static org.careroadmap.spreadsheet.SheetLayout.COL_MEASURES;
import static org.careroadmap.spreadsheet.SheetLayout.COL_TITLE;
import static org.careroadmap.spreadsheet.SheetLayout.COL_VISION;
import static org.careroadmap.spreadsheet.SheetLayout.COL_YEAR;

/**
 * Row heights that let every text show without clipping, estimated from the text: POI cannot measure merged
 * cells, and spreadsheets do not grow rows for merged cells either.
 */
final class RowHeights {

    static final double LINE_POINTS = 12.5;
    static final double MIN_ROW_POINTS = 30;
    private static final double MAX_ROW_POINTS = 409;

    private RowHeights() {
    }

    /** Each arrow row fits its label, and together the item's rows fit its longest cell. */
    static double[] of(SheetRoadmap.Item item, int rows) {
        double itemNeed = Math.max(Math.max(lines(item.title(), SheetLayout.WIDTHS[COL_TITLE]),
                        lines(item.targetVision(), SheetLayout.WIDTHS[COL_VISION])),
                Math.max(item.achievementYear() == null ? 1 : lines(item.achievementYear().label(), SheetLayout.WIDTHS[COL_YEAR]),
                        lines(item.measures(), SheetLayout.WIDTHS[COL_MEASURES]))) * LINE_POINTS + 6;
        double[] heights = new double[rows];
        double share = itemNeed / rows;
        for (int r = 0; r < rows; r++) {
            double arrowNeed = r < item.arrows().size() ? ArrowShapes.heightFor(item.arrows().get(r)) : 0;
            heights[r] = clamp(Math.max(MIN_ROW_POINTS, Math.max(share, arrowNeed)));
        }
        return heights;
    }

    /** Lines a text takes in a column {@code widthChars} wide (full-width characters count double). */
    static int lines(String text, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perLine = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(width(paragraph) / perLine));
        }
        return lines;
    }

    /** Width in half-width character units. */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c < 0x2000 || (c >= 0xFF61 && c <= 0xFF9F) ? 1.1 : 2.1;
        }
        return width;
    }

    /** Whole points, at most what Excel allows for a row. */
    static double clamp(double points) {
        return Math.min(MAX_ROW_POINTS, Math.ceil(points));
    }
}
