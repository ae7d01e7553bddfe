package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.careroadmap.reference.FiscalYear;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuideList;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;

/**
 * The 工程 arrows of one sheet as DrawingML right-arrow shapes, each anchored from the left edge of its
 * first fiscal-year cell to the right edge of its last, in its own row ("move and size with cells"), with
 * the measure written inside and, for 継続, {@link SheetText#CONTINUES_MARK} as its last line.
 */
final class ArrowShapes {

    private static final int FILL = 0xCFE2F3;
    private static final int FILL_CONTINUES = 0x9FC5E8;
    private static final int LINE = 0x0B5394;
    /** Thickness of the arrow's shaft and length of its head, in 1/1000 % (DrawingML's adj1, adj2). */
    private static final int SHAFT = 78_000;
    private static final int HEAD = 38_000;
    private static final double VERTICAL_INSET = 0.07;
    private static final double LABEL_LINE_POINTS = 10.5;
    private static final int TEXT_INSET_EMU = Units.toEMU(2);

    private final XSSFSheet sheet;
    private final List<FiscalYear> years;
    private @Nullable XSSFDrawing drawing; // made with the first arrow drawn
    private int count;

    ArrowShapes(XSSFSheet sheet, List<FiscalYear> years) {
        this.sheet = sheet;
        this.years = years;
    }

    void draw(SheetRoadmap.Arrow arrow, int row, double rowPoints) {
        int first = years.indexOf(arrow.start());
        int last = years.indexOf(arrow.end());
        if (first < 0 || last < 0) {
            // The roadmap module refuses arrows outside the template's columns; nothing to draw if one slipped by.
            return;
        }
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        // Every arrow has the height its text needs (one line's at least), centred in its row band: a row made
        // tall by a long 推進方策 no longer stretches its arrows.
        double shapePoints = Math.min(rowPoints * (1 - 2 * VERTICAL_INSET), shapePoints(arrow));
        int inset = Units.toEMU((rowPoints - shapePoints) / 2);
        int bottom = Units.toEMU(rowPoints) - inset;
        XSSFClientAnchor anchor = drawing.createAnchor(0, inset, 0, bottom, SheetLayout.FIRST_YEAR_COL + first, row,
                SheetLayout.FIRST_YEAR_COL + last + 1, row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFSimpleShape shape = drawing.createSimpleShape(anchor);
        shape.setShapeType(ShapeTypes.RIGHT_ARROW);
        int fill = arrow.continues() ? FILL_CONTINUES : FILL;
        shape.setFillColor(fill >> 16, (fill >> 8) & 0xFF, fill & 0xFF);
        shape.setLineStyleColor(LINE >> 16, (LINE >> 8) & 0xFF, LINE & 0xFF);
        shape.setLineWidth(0.75);
        CTPresetGeometry2D geometry = shape.getCTShape().getSpPr().getPrstGeom();
        CTGeomGuideList guides = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
        guides.addNewGd().setName("adj1");
        guides.getGdArray(0).setFmla("val " + SHAFT);
        guides.addNewGd().setName("adj2");
        guides.getGdArray(1).setFmla("val " + HEAD);
        var properties = shape.getCTShape().getNvSpPr().getCNvPr();
        properties.setName("Arrow " + (++count));
        properties.setDescr(org.careroadmap.platform.PlainText.xmlSafe(
                SheetText.arrowDescription(arrow.label(), arrow.start(), arrow.end(), arrow.continues())));
        writeText(shape.getCTShape().getTxBody(), textOf(arrow));
    }

    /** The text inside the arrow: its label, and the 継続 mark on a line of its own. */
    static String textOf(SheetRoadmap.Arrow arrow) {
        return arrow.continues() ? arrow.label() + "\n" + SheetText.CONTINUES_MARK : arrow.label();
    }

    /** Row height (points) an arrow needs for its text to fit inside, given its span. */
    static double heightFor(SheetRoadmap.Arrow arrow) {
        int span = Math.max(1, arrow.end().value() - arrow.start().value() + 1);
        // Column width in characters of the 9 pt default font; the 8 pt label is a little narrower, the head
        // and the insets take some of the width away.
        double chars = span * SheetLayout.YEAR_WIDTH * 1.05 - 3.5;
        int lines = RowHeights.lines(textOf(arrow), chars);
        double textPoints = lines * LABEL_LINE_POINTS + 4;
        return textPoints / (SHAFT / 100_000.0) / (1 - 2 * VERTICAL_INSET) + 2;
    }

    /** The shape's own height: what its text needs, never less than a one-line arrow's. */
    static double shapePoints(SheetRoadmap.Arrow arrow) {
        SheetRoadmap.Arrow oneLine = new SheetRoadmap.Arrow("", arrow.start(), arrow.end(), false);
        return Math.max(heightFor(oneLine), heightFor(arrow)) * (1 - 2 * VERTICAL_INSET);
    }

    private static void writeText(CTTextBody body, String text) {
        CTTextBodyProperties properties = body.getBodyPr();
        properties.setAnchor(STTextAnchoringType.CTR);
        properties.setWrap(STTextWrappingType.SQUARE);
        properties.setLIns(TEXT_INSET_EMU);
        properties.setRIns(TEXT_INSET_EMU);
        properties.setTIns(0);
        properties.setBIns(0);
        body.setPArray(new CTTextParagraph[0]);
        // One paragraph per line: DrawingML has no line break inside a run.
        // Stored text never should, but a character XML cannot hold would make the whole drawing unreadable.
        for (String line : org.careroadmap.platform.PlainText.xmlSafe(text).split("\n", -1)) {
            CTTextParagraph paragraph = body.addNewP();
            paragraph.addNewPPr().setAlgn(STTextAlignType.L);
            CTRegularTextRun run = paragraph.addNewR();
            CTTextCharacterProperties character = run.addNewRPr();
            character.setLang("ja-JP");
            character.setSz(SheetStyles.ARROW_POINTS * 100);
            character.addNewLatin().setTypeface(SheetStyles.FONT);
            character.addNewEa().setTypeface(SheetStyles.FONT);
            run.setT(line);
        }
    }
}
