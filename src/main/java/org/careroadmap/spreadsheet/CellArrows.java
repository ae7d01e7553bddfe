package org.careroadmap.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Arrows made of cells in one row of the timeline: a merged cell, a cell with text, or a run of filled cells (each
 * cell with text in a run starts a new arrow that runs to the next). Where a drawn arrow lies over filled cells, the
 * two are one arrow, not two.
 */
final class CellArrows {

    private final SheetCells cells;
    private final SheetFindings findings;

    CellArrows(SheetCells cells, SheetFindings findings) {
        this.cells = cells;
        this.findings = findings;
    }

    /** The row's arrows from cells and the drawn ones ({@code shapes}) together, left to right. */
    List<ArrowSegment> inRow(int r, RoadmapSheetReader.Header header, List<ArrowSegment> shapes) {
        List<Integer> cols = List.copyOf(header.yearColumns().keySet());
        List<ArrowSegment> segments = new ArrayList<>();
        int i = 0;
        while (i < cols.size()) {
            int col = cols.get(i);
            CellRangeAddress merged = cells.region(r, col);
            if (merged != null) {
                i = merged(r, cols, i, merged, segments);
            } else if (cells.filled(r, col)) {
                i = filledRun(r, cols, i, segments);
            } else {
                String text = cells.text(r, col);
                if (!text.isBlank()) {
                    segments.add(new ArrowSegment(i, i, text, findings.ref(r, col), false));
                }
                i++;
            }
        }
        return withShapes(segments, shapes);
    }

    /** A merged cell: one arrow over the years it spans (met once, at its first cell). Returns the next index. */
    private int merged(int r, List<Integer> cols, int i, CellRangeAddress merged, List<ArrowSegment> segments) {
        int col = cols.get(i);
        int to = lastIndexWithin(cols, i, merged.getLastColumn());
        if (merged.getFirstRow() == r && merged.getFirstColumn() == col) {
            String text = cells.text(r, col);
            if (!text.isBlank() || cells.filled(r, col)) {
                segments.add(new ArrowSegment(i, to, text, findings.ref(r, col, to == i ? -1 : cols.get(to)), false));
            }
        }
        return to + 1;
    }

    /** A run of filled, unmerged cells: each cell with text starts an arrow that runs to the next. Returns the next index. */
    private int filledRun(int r, List<Integer> cols, int i, List<ArrowSegment> segments) {
        int end = i;
        while (end + 1 < cols.size() && cols.get(end + 1) == cols.get(end) + 1 && cells.region(r, cols.get(end + 1)) == null
                && cells.filled(r, cols.get(end + 1))) {
            end++;
        }
        int start = i;
        String label = cells.text(r, cols.get(i));
        for (int k = i + 1; k <= end; k++) {
            String t = cells.text(r, cols.get(k));
            if (!t.isBlank()) {
                if (!label.isBlank()) {
                    segments.add(new ArrowSegment(start, k - 1, label, findings.ref(r, cols.get(start), cols.get(k - 1)), false));
                    start = k;
                }
                label = t;
            }
        }
        segments.add(new ArrowSegment(start, end, label, findings.ref(r, cols.get(start), cols.get(end)), false));
        return end + 1;
    }

    private static int lastIndexWithin(List<Integer> cols, int from, int lastCol) {
        int to = from;
        while (to + 1 < cols.size() && cols.get(to + 1) <= lastCol) {
            to++;
        }
        return to;
    }

    /** A shape drawn over filled cells is one arrow, not two. */
    private static List<ArrowSegment> withShapes(List<ArrowSegment> segments, List<ArrowSegment> shapes) {
        if (shapes.isEmpty()) {
            return segments;
        }
        segments.removeIf(cell -> shapes.stream().anyMatch(s -> s.from() <= cell.to() && cell.from() <= s.to()
                && (cell.text().isBlank() || SheetText.normalise(cell.text()).equals(SheetText.normalise(s.text())))));
        List<ArrowSegment> all = new ArrayList<>(segments);
        all.addAll(shapes);
        all.sort(Comparator.comparingInt(ArrowSegment::from));
        return all;
    }
}
