package org.careroadmap.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once: a workbook may hold at most 64,000 styles, and sharing
 * them keeps the file small. Every text style has a quote-prefixed twin for text that starts with
 * {@code = + - @}, so that even after someone edits the cell in Excel it stays text, never a formula.
 */
final class SheetStyles {

    /** A Japanese font present with every Japanese Office; LibreOffice substitutes IPA Gothic. */
    static final String FONT = "ＭＳ Ｐゴシック";
    static final short BODY_POINTS = 9;
    static final short ARROW_POINTS = 8;

    final XSSFCellStyle title;
    final XSSFCellStyle instruction;
    final XSSFCellStyle header;
    final XSSFCellStyle category;
    final XSSFCellStyle text;
    final XSSFCellStyle textQuoted;
    final XSSFCellStyle itemTitle;
    final XSSFCellStyle itemTitleQuoted;
    final XSSFCellStyle centred;
    final XSSFCellStyle centredQuoted;
    final XSSFCellStyle timeline;
    final XSSFCellStyle number;
    final XSSFCellStyle dateTime;
    final XSSFCellStyle link;
    /** Text kept on one line (the summary's names and states): a wrapped cell in a row of default height spills over the rows below when printed. */
    final XSSFCellStyle line;

    SheetStyles(XSSFWorkbook workbook) {
        // The default font (index 0) is what unstyled cells and the column-width unit use.
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(BODY_POINTS);
        XSSFFont bold = font(workbook, BODY_POINTS, true);
        XSSFFont big = font(workbook, (short) 14, true);
        XSSFFont small = font(workbook, (short) 8, false);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        instruction = workbook.createCellStyle();
        instruction.setFont(small);
        instruction.setWrapText(true);
        instruction.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(workbook, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        fill(header, 0xDD, 0xEB, 0xF7);
        category = bordered(workbook, bold, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        fill(category, 0xF2, 0xF2, 0xF2);
        text = bordered(workbook, base, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        textQuoted = quoted(workbook, text);
        itemTitle = bordered(workbook, bold, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        itemTitleQuoted = quoted(workbook, itemTitle);
        centred = bordered(workbook, base, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        centredQuoted = quoted(workbook, centred);
        timeline = bordered(workbook, base, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        timeline.setBorderLeft(BorderStyle.HAIR);
        timeline.setBorderRight(BorderStyle.HAIR);
        number = bordered(workbook, base, HorizontalAlignment.RIGHT, VerticalAlignment.TOP);
        dateTime = bordered(workbook, base, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d h:mm"));
        link = bordered(workbook, linkFont(workbook), HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        link.setWrapText(false);
        line = bordered(workbook, base, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        line.setWrapText(false);
    }

    /** Underlined and blue, as spreadsheets show a link. */
    private static XSSFFont linkFont(XSSFWorkbook workbook) {
        XSSFFont underlined = font(workbook, BODY_POINTS, false);
        underlined.setUnderline(XSSFFont.U_SINGLE);
        underlined.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
        return underlined;
    }

    private static XSSFFont font(XSSFWorkbook workbook, short points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment horizontal,
                                          VerticalAlignment vertical) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(horizontal);
        style.setVerticalAlignment(vertical);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static XSSFCellStyle quoted(XSSFWorkbook workbook, XSSFCellStyle of) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(of);
        style.setQuotePrefixed(true);
        return style;
    }

    private static void fill(XSSFCellStyle style, int r, int g, int b) {
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
