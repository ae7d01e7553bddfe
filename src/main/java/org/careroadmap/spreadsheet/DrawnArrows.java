package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFConnector;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;

/**
 * Arrows drawn as shapes over the timeline: any shape with text, or a line or empty arrow with a text box laid
 * over it. Each belongs to the row its vertical middle lies in and to the year columns it covers more than half of.
 * Grouped shapes are reported (they cannot be read apart); pictures and charts are not part of the roadmap.
 */
final class DrawnArrows {

    private final XSSFSheet sheet;
    private final SheetFindings findings;

    DrawnArrows(XSSFSheet sheet, SheetFindings findings) {
        this.sheet = sheet;
        this.findings = findings;
    }

    private record Placed(int row, int from, int to, String text, String cell, boolean textBox) {
    }

    /** The drawn arrows by row. */
    Map<Integer, List<ArrowSegment>> byRow(RoadmapSheetReader.Header header) {
        Map<Integer, List<ArrowSegment>> byRow = new TreeMap<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        List<Integer> cols = List.copyOf(header.yearColumns().keySet());
        if (drawing == null || cols.isEmpty()) {
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
                findings.problem(placed.cell, "sheet.groupedShape");
            } else {
                (placed.text.isBlank() ? bare : placed.textBox ? textBoxes : labelled).add(placed);
            }
        }
        labelled.addAll(labelledLines(bare, textBoxes));
        labelled.addAll(textBoxes);
        for (Placed p : labelled) {
            byRow.computeIfAbsent(p.row, k -> new ArrayList<>()).add(new ArrowSegment(p.from, p.to, p.text, p.cell, true));
        }
        return byRow;
    }

    /** A line or an empty arrow with a text box laid over it: one arrow with the box's text (the box is used up). */
    private static List<Placed> labelledLines(List<Placed> bare, List<Placed> textBoxes) {
        List<Placed> arrows = new ArrayList<>();
        for (Placed arrow : bare) {
            Placed box = textBoxes.stream().filter(b -> b.row == arrow.row && b.from <= arrow.to && arrow.from <= b.to)
                    .findFirst().orElse(null);
            if (box != null) {
                textBoxes.remove(box);
                arrows.add(new Placed(arrow.row, arrow.from, arrow.to, box.text, arrow.cell, false));
            } else {
                arrows.add(arrow);
            }
        }
        return arrows;
    }

    private @Nullable Placed place(XSSFShape shape, RoadmapSheetReader.Header header, List<Integer> cols) {
        boolean isText = shape instanceof XSSFSimpleShape || shape instanceof XSSFConnector || shape instanceof XSSFShapeGroup;
        if (!isText || !(shape.getAnchor() instanceof XSSFClientAnchor anchor)) {
            return null;  // pictures, charts, embedded objects: not part of the roadmap
        }
        int row = middleRow(anchor);
        int firstCol = anchor.getCol1() + (coveredFromStart(anchor.getCol1(), anchor.getDx1()) ? 0 : 1);
        int lastCol = anchor.getCol2() - (coveredToEnd(anchor.getCol2(), anchor.getDx2()) ? 0 : 1);
        if (lastCol < firstCol) {
            firstCol = lastCol = anchor.getCol1();
        }
        String cell = findings.ref(row, firstCol, lastCol == firstCol ? -1 : lastCol);
        if (row < header.dataStart() || lastCol < cols.get(0) || firstCol > cols.get(cols.size() - 1)) {
            if (row >= header.dataStart()) {
                findings.note(cell, "sheet.shapeOutsideTimeline");
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
        if (shape instanceof XSSFSimpleShape simple) {
            return new Placed(row, from, to, simple.getText() == null ? "" : simple.getText(), cell, isTextBox(simple));
        }
        return new Placed(row, from, to, "", cell, false);
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
}
