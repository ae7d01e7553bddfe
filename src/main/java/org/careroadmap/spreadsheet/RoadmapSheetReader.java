package org.careroadmap.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConnector;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.InvalidValueException;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * Reads a roadmap sheet the way people fill it in. The header is found by its words (項目, 目指す姿,
 * 達成年度, 推進方策) and the fiscal-year columns by their headings (or their plan periods), so columns
 * may sit elsewhere. Category and item cells may be merged down their rows or written once with blank
 * rows below; blank rows are skipped; 達成年度 may be {@code 2026}, {@code 2026年度}, {@code 令和8年度},
 * {@code R8}, {@code 2026年度(令和8年度)} or full-width; arrows may be drawn shapes (any shape with text,
 * or a line or arrow with a text box on it) or merged or filled cells with text. Formulas are never
 * evaluated: their cached values are read and noted.
 */
final class RoadmapSheetReader {

    static final int MAX_DATA_ROWS = 3000;
    private static final int HEADER_SCAN_ROWS = 40;
    private static final int SHORT_HEADING = 16;
    private static final int MAX_NOTES = 30;
    private static final Pattern PERIOD = Pattern.compile("第(\\d{1,2})期");
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*[（(]\\s*例\\s*[）)]\\s*");
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.JAPAN);

    /** Where the sheet's header is and what its columns are. */
    record Header(int row, int dataStart, int categoryCol, int titleCol, int visionCol, int yearCol, int measuresCol,
                  TreeMap<Integer, FiscalYear> yearColumns, List<PlanPeriod> periods, String municipalityName) {

        List<FiscalYear> years() {
            return List.copyOf(yearColumns.values());
        }
    }

    private final XSSFSheet sheet;
    private final String sheetName;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<FieldProblem> notes = new ArrayList<>();
    private final Map<Long, CellRangeAddress> regions = new HashMap<>();
    private int formulaNotes;

    private RoadmapSheetReader(XSSFSheet sheet) {
        this.sheet = sheet;
        this.sheetName = sheet.getSheetName();
    }

    /** The header of the roadmap layout on this sheet, if it has one. */
    static Optional<Header> findHeader(XSSFSheet sheet) {
        return new RoadmapSheetReader(sheet).header();
    }

    static SheetReading read(XSSFSheet sheet, Header header, List<RoadmapTemplate> templates) {
        return new RoadmapSheetReader(sheet).readItems(header, templates);
    }

    // ---------------------------------------------------------------------------------------------- header

    private Optional<Header> header() {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SCAN_ROWS);
        for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int item = -1;
            int category = -1;
            int vision = -1;
            int year = -1;
            int measures = -1;
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                String t = SheetText.normalise(quietText(row.getCell(c)));
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
                return Optional.of(header(r, item, category, vision, year, measures));
            }
        }
        return Optional.empty();
    }

    private Header header(int row, int item, int category, int vision, int year, int measures) {
        int title;
        if (item >= 0) {
            CellRangeAddress merged = mergedAt(row, item);
            if (merged != null && merged.getLastColumn() > merged.getFirstColumn()) {
                category = category >= 0 ? category : merged.getFirstColumn();
                title = merged.getLastColumn();
            } else {
                title = item;
            }
        } else {
            title = Math.min(vision, Math.min(year, measures)) - 1;
        }
        if (category < 0) {
            category = title - 1;
        }
        int lastHeaderRow = row;
        for (int c : new int[] {item, vision, year, measures}) {
            CellRangeAddress merged = c >= 0 ? mergedAt(row, c) : null;
            if (merged != null) {
                lastHeaderRow = Math.max(lastHeaderRow, merged.getLastRow());
            }
        }
        int timelineFrom = Math.max(Math.max(vision, year), Math.max(measures, title)) + 1;
        TreeMap<Integer, FiscalYear> years = new TreeMap<>();
        Map<PlanPeriod, int[]> periods = new LinkedHashMap<>();
        int yearsRow = -1;
        for (int r = row; r <= lastHeaderRow + 1; r++) {
            if (r == lastHeaderRow + 1 && (yearsRow >= 0 || !periods.isEmpty()) && r > row + 1) {
                break;
            }
            XSSFRow sheetRow = sheet.getRow(r);
            if (sheetRow == null) {
                continue;
            }
            for (int c = timelineFrom; c < sheetRow.getLastCellNum(); c++) {
                String t = quietText(sheetRow.getCell(c));
                if (t.isBlank()) {
                    continue;
                }
                Matcher period = PERIOD.matcher(SheetText.normalise(t));
                if (period.find()) {
                    CellRangeAddress merged = mergedAt(r, c);
                    periods.putIfAbsent(PlanPeriod.of(Integer.parseInt(period.group(1))),
                            merged == null ? new int[] {c, c} : new int[] {merged.getFirstColumn(), merged.getLastColumn()});
                    yearsRow = Math.max(yearsRow, r);
                    continue;
                }
                try {
                    years.put(c, FiscalYear.parse(t));
                    yearsRow = Math.max(yearsRow, r);
                } catch (InvalidValueException e) {
                    // not a year heading
                }
            }
        }
        for (Map.Entry<PlanPeriod, int[]> p : periods.entrySet()) {
            int[] span = p.getValue();
            List<FiscalYear> periodYears = p.getKey().years();
            if (span[1] - span[0] + 1 == periodYears.size()) {
                for (int i = 0; i < periodYears.size(); i++) {
                    years.putIfAbsent(span[0] + i, periodYears.get(i));
                }
            }
        }
        String municipality = null;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r < row && municipality == null; r++) {
            XSSFRow sheetRow = sheet.getRow(r);
            if (sheetRow == null) {
                continue;
            }
            for (int c = Math.max(0, sheetRow.getFirstCellNum()); c < sheetRow.getLastCellNum() && municipality == null; c++) {
                municipality = SheetText.municipalityInTitle(quietText(sheetRow.getCell(c)));
            }
        }
        int dataStart = Math.max(lastHeaderRow, yearsRow) + 1;
        return new Header(row, dataStart, category, title, vision, year, measures, years,
                List.copyOf(periods.keySet()), municipality);
    }

    // ----------------------------------------------------------------------------------------------- items

    private SheetReading readItems(Header header, List<RoadmapTemplate> templates) {
        List<FiscalYear> years = header.years();
        RoadmapTemplate template = edition(header, templates);
        int lastRow = sheet.getLastRowNum();
        Map<Integer, List<Segment>> shapes = shapesByRow(header);
        int lastShapeRow = shapes.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        lastRow = Math.max(lastRow, lastShapeRow);
        if (lastRow - header.dataStart() >= MAX_DATA_ROWS) {
            problems.add(new FieldProblem(ref(header.dataStart() + MAX_DATA_ROWS, 0), "sheet.tooManyRows",
                    List.of(MAX_DATA_ROWS)));
            lastRow = header.dataStart() + MAX_DATA_ROWS - 1;
        }
        indexRegions(header, lastRow);

        List<ItemBuilder> items = new ArrayList<>();
        ItemBuilder current = null;
        String category = null;
        String categoryCell = null;
        for (int r = header.dataStart(); r <= lastRow; r++) {
            if (header.categoryCol() >= 0 && startsAt(r, header.categoryCol())) {
                String text = cellText(r, header.categoryCol());
                if (!text.isBlank()) {
                    if (text.strip().startsWith("※")) {
                        note(ref(r, header.categoryCol()), "sheet.noteRowSkipped");
                        continue;
                    }
                    String parsed = category(text);
                    if (!parsed.equals(category)) {
                        category = parsed;
                        categoryCell = ref(r, header.categoryCol());
                        current = null;
                    }
                    if (EXAMPLE.matcher(text).find()) {
                        note(categoryCell, "sheet.exampleRow");
                    }
                }
            }
            boolean titleContinues = !startsAt(r, header.titleCol());
            String title = titleContinues ? "" : cellText(r, header.titleCol());
            String vision = startsAt(r, header.visionCol()) ? cellText(r, header.visionCol()) : "";
            String year = startsAt(r, header.yearCol()) ? yearText(r, header.yearCol()) : "";
            String measures = startsAt(r, header.measuresCol()) ? cellText(r, header.measuresCol()) : "";
            if (!title.isBlank() || (!titleContinues && current == null && !(vision + year + measures).isBlank())) {
                current = new ItemBuilder(category, categoryCell, r, header);
                current.title = title;
                current.vision = vision;
                current.year = year;
                current.measures = measures;
                items.add(current);
            } else if (current != null && !titleContinues && !(vision + year + measures).isBlank()) {
                // A hand-made sheet that writes one item's text over several unmerged rows.
                current.vision = joined(current.vision, vision);
                current.measures = joined(current.measures, measures);
                if (current.year.isBlank()) {
                    current.year = year;
                    current.cells.put("achievementYear", ref(r, header.yearCol()));
                }
            }
            List<Segment> segments = segments(r, header, shapes.getOrDefault(r, List.of()));
            for (Segment segment : segments) {
                if (current == null) {
                    problems.add(new FieldProblem(segment.cell, "sheet.arrowWithoutItem", List.of()));
                } else if (segment.text.isBlank()) {
                    problems.add(new FieldProblem(segment.cell, "sheet.arrowWithoutLabel", List.of()));
                } else {
                    current.arrows.add(arrow(segment, years));
                }
            }
        }
        List<SheetReading.Item> read = items.stream().map(ItemBuilder::build).toList();
        return new SheetReading(sheetName, header.municipalityName(), template, read, dedupe(problems), notes);
    }

    private RoadmapTemplate edition(Header header, List<RoadmapTemplate> templates) {
        List<FiscalYear> years = header.years();
        if (years.isEmpty()) {
            problems.add(new FieldProblem(ref(header.row(), header.measuresCol() + 1), "sheet.noYearColumns", List.of()));
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
        problems.add(new FieldProblem(ref(header.row(), header.yearColumns().firstKey()), "sheet.unknownEdition",
                List.of(years.get(0).label(), years.get(years.size() - 1).label())));
        return null;
    }

    private SheetReading.Arrow arrow(Segment segment, List<FiscalYear> years) {
        List<String> lines = new ArrayList<>(List.of(segment.text.strip().split("\\R", -1)));
        boolean continues = false;
        if (lines.size() > 1 && SheetText.isContinuesMark(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
            continues = true;
        }
        return new SheetReading.Arrow(String.join("\n", lines).strip(), years.get(segment.from).value(),
                years.get(segment.to).value(), continues, segment.cell);
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
        final String category;
        final boolean categoryReported;
        final Map<String, String> cells = new HashMap<>();
        final List<SheetReading.Arrow> arrows = new ArrayList<>();
        String title = "";
        String vision = "";
        String year = "";
        String measures = "";

        ItemBuilder(String category, String categoryCell, int row, Header header) {
            this.category = category == null ? "" : category;
            cells.put("category", categoryCell == null ? ref(row, Math.max(0, header.categoryCol())) : categoryCell);
            cells.put("title", ref(row, header.titleCol()));
            cells.put("targetVision", ref(row, header.visionCol()));
            cells.put("achievementYear", ref(row, header.yearCol()));
            cells.put("measures", ref(row, header.measuresCol()));
            this.categoryReported = category == null;
            if (category == null) {
                problems.add(new FieldProblem(cells.get("category"), "sheet.categoryMissing", List.of()));
            }
        }

        SheetReading.Item build() {
            return new SheetReading.Item(category, title, vision, year, measures, arrows, cells, categoryReported);
        }
    }

    // ---------------------------------------------------------------------------------------------- arrows

    /** A stretch of fiscal-year columns (indexes into the years) in one row holding one arrow. */
    private record Segment(int from, int to, String text, String cell, boolean shape) {
    }

    private List<Segment> segments(int r, Header header, List<Segment> shapes) {
        List<Integer> cols = List.copyOf(header.yearColumns().keySet());
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < cols.size()) {
            int col = cols.get(i);
            CellRangeAddress merged = region(r, col);
            if (merged != null) {
                int to = lastIndexWithin(cols, i, merged.getLastColumn());
                if (merged.getFirstRow() == r && merged.getFirstColumn() == col) {
                    String text = cellText(r, col);
                    if (!text.isBlank() || filled(r, col)) {
                        segments.add(new Segment(i, to, text, ref(r, col, to == i ? -1 : cols.get(to)), false));
                    }
                }
                i = to + 1;
                continue;
            }
            String text = cellText(r, col);
            boolean filled = filled(r, col);
            if (!filled) {
                if (!text.isBlank()) {
                    segments.add(new Segment(i, i, text, ref(r, col), false));
                }
                i++;
                continue;
            }
            // A run of filled, unmerged cells: each cell with text starts an arrow that runs to the next.
            int end = i;
            while (end + 1 < cols.size() && cols.get(end + 1) == cols.get(end) + 1 && region(r, cols.get(end + 1)) == null
                    && filled(r, cols.get(end + 1))) {
                end++;
            }
            int start = i;
            String label = text;
            for (int k = i + 1; k <= end; k++) {
                String t = cellText(r, cols.get(k));
                if (!t.isBlank()) {
                    if (!label.isBlank()) {
                        segments.add(new Segment(start, k - 1, label, ref(r, cols.get(start), cols.get(k - 1)), false));
                        start = k;
                    }
                    label = t;
                }
            }
            segments.add(new Segment(start, end, label, ref(r, cols.get(start), cols.get(end)), false));
            i = end + 1;
        }
        if (shapes.isEmpty()) {
            return segments;
        }
        // A shape drawn over filled cells is one arrow, not two.
        segments.removeIf(cell -> shapes.stream().anyMatch(s -> s.from <= cell.to && cell.from <= s.to
                && (cell.text.isBlank() || SheetText.normalise(cell.text).equals(SheetText.normalise(s.text)))));
        List<Segment> all = new ArrayList<>(segments);
        all.addAll(shapes);
        all.sort(java.util.Comparator.comparingInt(Segment::from));
        return all;
    }

    private static int lastIndexWithin(List<Integer> cols, int from, int lastCol) {
        int to = from;
        while (to + 1 < cols.size() && cols.get(to + 1) <= lastCol) {
            to++;
        }
        return to;
    }

    /** Shapes over the timeline, by the row their vertical middle lies in. */
    private Map<Integer, List<Segment>> shapesByRow(Header header) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        Map<Integer, List<Segment>> byRow = new TreeMap<>();
        if (drawing == null) {
            return byRow;
        }
        List<Integer> cols = List.copyOf(header.yearColumns().keySet());
        if (cols.isEmpty()) {
            return byRow;
        }
        List<Placed> labelled = new ArrayList<>();
        List<Placed> bare = new ArrayList<>();
        List<Placed> textBoxes = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            Placed placed = place(shape, header, cols);
            if (placed == null) {
                continue;
            }
            if (shape instanceof XSSFShapeGroup) {
                problems.add(new FieldProblem(placed.cell, "sheet.groupedShape", List.of()));
            } else if (placed.text.isBlank()) {
                bare.add(placed);
            } else if (placed.textBox) {
                textBoxes.add(placed);
            } else {
                labelled.add(placed);
            }
        }
        // A line or an empty arrow with a text box laid over it: one arrow with the box's text.
        for (Placed arrow : bare) {
            Placed box = textBoxes.stream().filter(b -> b.row == arrow.row && b.from <= arrow.to && arrow.from <= b.to)
                    .findFirst().orElse(null);
            if (box != null) {
                textBoxes.remove(box);
                labelled.add(new Placed(arrow.row, arrow.from, arrow.to, box.text, arrow.cell, false));
            } else {
                labelled.add(arrow);
            }
        }
        labelled.addAll(textBoxes);
        for (Placed p : labelled) {
            byRow.computeIfAbsent(p.row, k -> new ArrayList<>()).add(new Segment(p.from, p.to, p.text, p.cell, true));
        }
        return byRow;
    }

    private record Placed(int row, int from, int to, String text, String cell, boolean textBox) {
    }

    private Placed place(XSSFShape shape, Header header, List<Integer> cols) {
        if (!(shape.getAnchor() instanceof XSSFClientAnchor anchor)) {
            return null;
        }
        boolean isText = shape instanceof XSSFSimpleShape || shape instanceof XSSFConnector || shape instanceof XSSFShapeGroup;
        if (!isText) {
            return null;  // pictures, charts, embedded objects: not part of the roadmap
        }
        int row = middleRow(anchor);
        int firstCol = anchor.getCol1() + (coveredFromStart(anchor.getCol1(), anchor.getDx1()) ? 0 : 1);
        int lastCol = anchor.getCol2() - (coveredToEnd(anchor.getCol2(), anchor.getDx2()) ? 0 : 1);
        if (lastCol < firstCol) {
            firstCol = lastCol = anchor.getCol1();
        }
        String cell = ref(row, firstCol, lastCol == firstCol ? -1 : lastCol);
        if (row < header.dataStart() || lastCol < cols.get(0) || firstCol > cols.get(cols.size() - 1)) {
            if (row >= header.dataStart()) {
                note(cell, "sheet.shapeOutsideTimeline");
            }
            return null;
        }
        int from = 0;
        while (from < cols.size() - 1 && cols.get(from) < firstCol) {
            from++;
        }
        int to = cols.size() - 1;
        while (to > from && cols.get(to) > lastCol) {
            to--;
        }
        String text = "";
        boolean textBox = false;
        if (shape instanceof XSSFSimpleShape simple) {
            text = simple.getText() == null ? "" : simple.getText();
            textBox = isTextBox(simple);
        }
        return new Placed(row, from, to, text, cell, textBox);
    }

    private static boolean isTextBox(XSSFSimpleShape shape) {
        var nonVisual = shape.getCTShape().getNvSpPr();
        if (nonVisual != null && nonVisual.getCNvSpPr() != null && nonVisual.getCNvSpPr().getTxBox()) {
            return true;
        }
        try {
            return shape.getShapeType() == org.apache.poi.ss.usermodel.ShapeTypes.RECT;
        } catch (RuntimeException e) {
            return false;  // custom geometry
        }
    }

    /** A shape belongs to a column when it covers more than half of it. */
    private boolean coveredFromStart(int col, int dx) {
        return dx < columnEmu(col) / 2;
    }

    private boolean coveredToEnd(int col, int dx) {
        return dx > columnEmu(col) / 2;
    }

    private double columnEmu(int col) {
        return sheet.getColumnWidthInPixels(col) * Units.EMU_PER_PIXEL;
    }

    private int middleRow(XSSFClientAnchor anchor) {
        double top = anchor.getDy1();
        double bottom = anchor.getDy2();
        for (int r = anchor.getRow1(); r < anchor.getRow2(); r++) {
            bottom += rowEmu(r);
        }
        double middle = (top + bottom) / 2;
        int row = anchor.getRow1();
        double height = rowEmu(row);
        while (middle > height && row < anchor.getRow2()) {
            middle -= height;
            row++;
            height = rowEmu(row);
        }
        return row;
    }

    private double rowEmu(int r) {
        XSSFRow row = sheet.getRow(r);
        float points = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        return points * Units.EMU_PER_POINT;
    }

    // ----------------------------------------------------------------------------------------------- cells

    private void indexRegions(Header header, int lastRow) {
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
            for (int c : cols) {
                if (c < region.getFirstColumn() || c > region.getLastColumn()) {
                    continue;
                }
                int from = Math.max(region.getFirstRow(), header.dataStart());
                int to = Math.min(region.getLastRow(), lastRow);
                for (int r = from; r <= to; r++) {
                    regions.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private CellRangeAddress region(int row, int col) {
        return regions.get(key(row, col));
    }

    /** Whether a field's value starts in this row (not merged, or the first row of its merged cell). */
    private boolean startsAt(int row, int col) {
        if (col < 0) {
            return false;
        }
        CellRangeAddress merged = region(row, col);
        return merged == null || merged.getFirstRow() == row;
    }

    private CellRangeAddress mergedAt(int row, int col) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, col)) {
                return region;
            }
        }
        return null;
    }

    private XSSFCell cellAt(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        return r == null || col < 0 ? null : r.getCell(col);
    }

    private boolean filled(int row, int col) {
        XSSFCell cell = cellAt(row, col);
        if (cell == null) {
            return false;
        }
        XSSFCellStyle style = cell.getCellStyle();
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

    private String cellText(int row, int col) {
        return text(cellAt(row, col), false);
    }

    /** A year cell: like any text, but a date counts as the fiscal year it falls in (a bare year typed as a date too). */
    private String yearText(int row, int col) {
        return text(cellAt(row, col), true);
    }

    private String text(XSSFCell cell, boolean year) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (formulaNotes++ < MAX_NOTES) {
                notes.add(new FieldProblem(ref(cell.getRowIndex(), cell.getColumnIndex()), "sheet.formulaCachedValue",
                        List.of(cell.getCellFormula())));
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, year);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> {
                problems.add(new FieldProblem(ref(cell.getRowIndex(), cell.getColumnIndex()), "sheet.errorValue",
                        List.of(errorText(cell))));
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
    private static String quietText(XSSFCell cell) {
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

    private void note(String cell, String key) {
        if (notes.size() < MAX_NOTES) {
            notes.add(new FieldProblem(cell, key, List.of()));
        }
    }

    private String ref(int row, int col) {
        return new CellReference(sheetName, row, Math.max(0, col), false, false).formatAsString();
    }

    private String ref(int row, int firstCol, int lastCol) {
        String from = ref(row, firstCol);
        return lastCol < 0 || lastCol == firstCol ? from
                : from + ":" + new CellReference(row, lastCol, false, false).formatAsString();
    }

    private static List<FieldProblem> dedupe(List<FieldProblem> problems) {
        Map<String, FieldProblem> unique = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            unique.putIfAbsent(p.field() + "|" + p.messageKey(), p);
        }
        return List.copyOf(unique.values());
    }
}
