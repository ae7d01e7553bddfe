package org.careroadmap.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.careroadmap.platform.FieldProblem;

/**
 * What reading one sheet found worth telling, each at its cell ({@code シート名!B5}): problems (cells that could
 * not be read) and notes (read, but worth knowing — at most {@value #MAX_NOTES}, so a sheet of formulas does not
 * bury the rest).
 */
final class SheetFindings {

    static final int MAX_NOTES = 30;

    private final String sheetName;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<FieldProblem> notes = new ArrayList<>();
    private int formulaNotes;

    SheetFindings(String sheetName) {
        this.sheetName = sheetName;
    }

    String sheetName() {
        return sheetName;
    }

    void problem(String cell, String key, List<Object> arguments) {
        problems.add(new FieldProblem(cell, key, arguments));
    }

    void problem(String cell, String key) {
        problem(cell, key, List.of());
    }

    void note(String cell, String key, List<Object> arguments) {
        if (notes.size() < MAX_NOTES) {
            notes.add(new FieldProblem(cell, key, arguments));
        }
    }

    void note(String cell, String key) {
        note(cell, key, List.of());
    }

    /** A formula whose cached value was read: noted for the first {@value #MAX_NOTES} formulas. */
    void formula(String cell, String formula) {
        if (formulaNotes++ < MAX_NOTES) {
            notes.add(new FieldProblem(cell, "sheet.formulaCachedValue", List.of(formula)));
        }
    }

    /** Each problem once per cell and kind (a merged cell is met on every row it spans). */
    List<FieldProblem> problems() {
        Map<String, FieldProblem> unique = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            unique.putIfAbsent(p.field() + "|" + p.messageKey(), p);
        }
        return List.copyOf(unique.values());
    }

    List<FieldProblem> notes() {
        return List.copyOf(notes);
    }

    String ref(int row, int col) {
        return new CellReference(sheetName, row, Math.max(0, col), false, false).formatAsString();
    }

    String ref(int row, int firstCol, int lastCol) {
        String from = ref(row, firstCol);
        return lastCol < 0 || lastCol == firstCol ? from
                : from + ":" + new CellReference(row, lastCol, false, false).formatAsString();
    }
}
