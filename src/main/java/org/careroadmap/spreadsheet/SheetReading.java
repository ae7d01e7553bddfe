package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * What one sheet says, still as text, with where each value came from ({@code シート名!セル}): the template
 * edition its header shows (null if none matches), the municipality its title names, its items in order,
 * the cells that could not be read ({@code problems}) and what was read but is worth knowing ({@code notes}).
 */
record SheetReading(String sheetName, @Nullable String municipalityName, @Nullable RoadmapTemplate template, List<Item> items,
                    List<FieldProblem> problems, List<FieldProblem> notes) {

    SheetReading {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** An item's cells as text; {@code cells} maps each field (as {@code ItemInput} names it) to its cell. */
    record Item(String category, String title, String targetVision, String achievementYear, String measures,
                List<Arrow> arrows, Map<String, String> cells, boolean categoryReported) {
        Item {
            arrows = List.copyOf(arrows);
            cells = Map.copyOf(cells);
        }
    }

    /** An arrow as drawn: its text without the 継続 mark, its first and last fiscal year, and where it is. */
    record Arrow(String label, int startYear, int endYear, boolean continues, String cell) {
    }
}
