package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * Reads a roadmap sheet the way people fill it in. The header is found by its words (項目, 目指す姿,
 * 達成年度, 推進方策) and the fiscal-year columns by their headings (or their plan periods), so columns
 * may sit elsewhere ({@link SheetHeaders}). Category and item cells may be merged down their rows or written
 * once with blank rows below; blank rows are skipped; 達成年度 may be {@code 2026}, {@code 2026年度},
 * {@code 令和8年度}, {@code R8}, {@code 2026年度(令和8年度)} or full-width; arrows may be drawn shapes
 * ({@link DrawnArrows}) or merged or filled cells with text ({@link CellArrows}). Formulas are never
 * evaluated: their cached values are read and noted ({@link SheetCells}).
 */
final class RoadmapSheetReader {

    static final int MAX_DATA_ROWS = 3000;
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*[（(]\\s*例\\s*[）)]\\s*");

    /** Where the sheet's header is and what its columns are. */
    record Header(int row, int dataStart, int categoryCol, int titleCol, int visionCol, int yearCol, int measuresCol,
                  TreeMap<Integer, FiscalYear> yearColumns, List<PlanPeriod> periods, @Nullable String municipalityName) {

        List<FiscalYear> years() {
            return List.copyOf(yearColumns.values());
        }
    }

    private final XSSFSheet sheet;
    private final Header header;
    private final SheetFindings findings;
    private final SheetCells cells;
    private final List<ItemBuilder> items = new ArrayList<>();
    // The item and category being read; null before the first and after a blank row ends them.
    private @Nullable ItemBuilder current;
    private @Nullable String category;
    private @Nullable String categoryCell;

    private RoadmapSheetReader(XSSFSheet sheet, Header header) {
        this.sheet = sheet;
        this.header = header;
        this.findings = new SheetFindings(sheet.getSheetName());
        this.cells = new SheetCells(sheet, findings);
    }

    /** The header of the roadmap layout on this sheet, if it has one. */
    static Optional<Header> findHeader(XSSFSheet sheet) {
        return SheetHeaders.find(sheet);
    }

    static SheetReading read(XSSFSheet sheet, Header header, List<RoadmapTemplate> templates) {
        return new RoadmapSheetReader(sheet, header).readItems(templates);
    }

    private SheetReading readItems(List<RoadmapTemplate> templates) {
        RoadmapTemplate template = edition(templates);
        Map<Integer, List<ArrowSegment>> shapes = new DrawnArrows(sheet, findings).byRow(header);
        int lastRow = lastRow(shapes);
        cells.indexRegions(header, lastRow);
        CellArrows cellArrows = new CellArrows(cells, findings);
        for (int r = header.dataStart(); r <= lastRow; r++) {
            if (readCategory(r)) {
                readItemCells(r);
                addArrows(cellArrows.inRow(r, header, shapes.getOrDefault(r, List.of())));
            }
        }
        List<SheetReading.Item> read = items.stream().map(ItemBuilder::build).toList();
        return new SheetReading(findings.sheetName(), header.municipalityName(), template, read, findings.problems(),
                findings.notes());
    }

    /** The last row to read: of the cells or of the drawn arrows, at most {@link #MAX_DATA_ROWS} data rows. */
    private int lastRow(Map<Integer, List<ArrowSegment>> shapes) {
        int lastShapeRow = shapes.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int lastRow = Math.max(sheet.getLastRowNum(), lastShapeRow);
        if (lastRow - header.dataStart() >= MAX_DATA_ROWS) {
            findings.problem(findings.ref(header.dataStart() + MAX_DATA_ROWS, 0), "sheet.tooManyRows", List.of(MAX_DATA_ROWS));
            lastRow = header.dataStart() + MAX_DATA_ROWS - 1;
        }
        return lastRow;
    }

    /** Reads the category cell of a row; false for a ※ note row, which is skipped whole. */
    private boolean readCategory(int r) {
        if (header.categoryCol() < 0 || !cells.startsAt(r, header.categoryCol())) {
            return true;
        }
        String text = cells.text(r, header.categoryCol());
        if (text.isBlank()) {
            return true;
        }
        if (text.strip().startsWith("※")) {
            findings.note(findings.ref(r, header.categoryCol()), "sheet.noteRowSkipped");
            return false;
        }
        String parsed = category(text);
        if (!parsed.equals(category)) {
            category = parsed;
            categoryCell = findings.ref(r, header.categoryCol());
            current = null;
        }
        if (EXAMPLE.matcher(text).find()) {
            // categoryCell is set with category, just above at the latest.
            findings.note(Objects.requireNonNull(categoryCell, "category read"), "sheet.exampleRow");
        }
        return true;
    }

    /** A title starts an item; text below it without a title of its own continues that item. */
    private void readItemCells(int r) {
        boolean titleContinues = !cells.startsAt(r, header.titleCol());
        String title = titleContinues ? "" : cells.text(r, header.titleCol());
        String vision = field(r, header.visionCol(), false);
        String year = field(r, header.yearCol(), true);
        String measures = field(r, header.measuresCol(), false);
        boolean more = !(vision + year + measures).isBlank();
        if (!title.isBlank() || (!titleContinues && current == null && more)) {
            current = new ItemBuilder(r);
            current.title = title;
            current.vision = vision;
            current.year = year;
            current.measures = measures;
            items.add(current);
        } else if (current != null && !titleContinues && more) {
            // A hand-made sheet that writes one item's text over several unmerged rows.
            current.vision = joined(current.vision, vision);
            current.measures = joined(current.measures, measures);
            if (current.year.isBlank()) {
                current.year = year;
                current.cells.put("achievementYear", findings.ref(r, header.yearCol()));
            }
        }
    }

    private String field(int r, int col, boolean year) {
        if (!cells.startsAt(r, col)) {
            return "";
        }
        return year ? cells.yearText(r, col) : cells.text(r, col);
    }

    private void addArrows(List<ArrowSegment> segments) {
        for (ArrowSegment segment : segments) {
            if (current == null) {
                findings.problem(segment.cell(), "sheet.arrowWithoutItem");
            } else if (segment.text().isBlank()) {
                findings.problem(segment.cell(), "sheet.arrowWithoutLabel");
            } else {
                current.arrows.add(arrow(segment, header.years()));
            }
        }
    }

    private @Nullable RoadmapTemplate edition(List<RoadmapTemplate> templates) {
        List<FiscalYear> years = header.years();
        if (years.isEmpty()) {
            findings.problem(findings.ref(header.row(), header.measuresCol() + 1), "sheet.noYearColumns");
            return null;
        }
        for (RoadmapTemplate t : templates) {
            if (t.shownYears().equals(years)) {
                return t;
            }
        }
        for (RoadmapTemplate t : templates) {
            if (!header.periods().isEmpty() && t.periods().equals(header.periods())) {
                return t;
            }
        }
        findings.problem(findings.ref(header.row(), header.yearColumns().firstKey()), "sheet.unknownEdition",
                List.of(years.get(0).label(), years.get(years.size() - 1).label()));
        return null;
    }

    private static SheetReading.Arrow arrow(ArrowSegment segment, List<FiscalYear> years) {
        List<String> lines = new ArrayList<>(List.of(segment.text().strip().split("\\R", -1)));
        boolean continues = false;
        if (lines.size() > 1 && SheetText.isContinuesMark(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
            continues = true;
        }
        return new SheetReading.Arrow(String.join("\n", lines).strip(), years.get(segment.from()).value(),
                years.get(segment.to()).value(), continues, segment.cell());
    }

    /** The category letter a cell names: {@code A}, {@code A 医療}, {@code （例）A 医療} or just {@code 医療}. */
    private static String category(String text) {
        String s = EXAMPLE.matcher(text).replaceFirst("").strip();
        try {
            return CategoryCode.parse(s).name();
        } catch (InvalidValueException e) {
            String n = SheetText.normalise(s);
            for (CategoryCode c : CategoryCode.values()) {
                if (!n.isEmpty() && n.startsWith(SheetText.normalise(c.nameJa()))) {
                    return c.name();
                }
            }
            return s;
        }
    }

    private static String joined(String before, String more) {
        if (more.isBlank()) {
            return before;
        }
        return before.isBlank() ? more : before + "\n" + more;
    }

    /** Items gather their cells while rows are read. */
    private final class ItemBuilder {
        final String itemCategory;
        final boolean categoryReported;
        final Map<String, String> cells = new HashMap<>();
        final List<SheetReading.Arrow> arrows = new ArrayList<>();
        String title = "";
        String vision = "";
        String year = "";
        String measures = "";

        ItemBuilder(int row) {
            this.itemCategory = category == null ? "" : category;
            cells.put("category", categoryCell == null ? findings.ref(row, Math.max(0, header.categoryCol())) : categoryCell);
            cells.put("title", findings.ref(row, header.titleCol()));
            cells.put("targetVision", findings.ref(row, header.visionCol()));
            cells.put("achievementYear", findings.ref(row, header.yearCol()));
            cells.put("measures", findings.ref(row, header.measuresCol()));
            this.categoryReported = category == null;
            if (category == null) {
                findings.problem(cells.get("category"), "sheet.categoryMissing");
            }
        }

        SheetReading.Item build() {
            return new SheetReading.Item(itemCategory, title, vision, year, measures, arrows, cells, categoryReported);
        }
    }
}
