package org.careroadmap.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;

/**
 * Makes the workbooks under {@code src/test/resources/xlsx}, so anyone can see (and redo) how each was
 * made: {@code java -cp target/test-classes:target/classes:<test classpath> org.careroadmap.spreadsheet.TestWorkbooks}.
 * The files are committed; tests read the committed files, never regenerate them.
 */
public final class TestWorkbooks {

    static final Path DIR = Path.of("src/test/resources/xlsx");

    private TestWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        byte[] small = new WorkbookWriter().roadmap(small());
        write("not-xlsx.xlsx", "区分,項目,目指す姿\nA,退院支援,これはCSVを名前だけ.xlsxにしたものです\n".getBytes(StandardCharsets.UTF_8));
        write("old-format.xls", oldFormat());
        write("encrypted.xlsx", encrypted(small, "secret"));
        write("macro-enabled.xlsm", macroEnabled());
        write("corrupt.xlsx", java.util.Arrays.copyOf(small, small.length * 3 / 5));
        write("zip-bomb.xlsx", zipBomb(small, 60 << 20));
        write("no-layout.xlsx", noLayout());
        write("formulas-and-links.xlsx", formulasAndLinks());
        write("too-large.xlsx", tooLarge(320 * 1024));
        write("hand-typed.xlsx", handTyped());
        write("small-roadmap.xlsx", small);
    }

    /** Two items over the 第9期・第10期 timeline, one with a 継続 arrow. */
    static SheetRoadmap small() {
        return new SheetRoadmap("長与町", SheetFixtures.NAGASAKI_9_10, List.of(
                new SheetRoadmap.Item(CategoryCode.A, "退院支援", "円滑に在宅へ移行できる。", FiscalYear.of(2027), "研修会を開く。",
                        List.of(new SheetRoadmap.Arrow("ルールの作成・周知", FiscalYear.of(2024), FiscalYear.of(2025), false),
                                new SheetRoadmap.Arrow("勉強会（年２回）", FiscalYear.of(2026), FiscalYear.of(2029), true))),
                new SheetRoadmap.Item(CategoryCode.H, "相談窓口の整備", "ワンストップで相談できる。", FiscalYear.of(2029), "窓口を設ける。",
                        List.of(new SheetRoadmap.Arrow("内部調整", FiscalYear.of(2024), FiscalYear.of(2026), false)))));
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.write(DIR.resolve(name), bytes);
        System.out.println(name + ": " + bytes.length + " bytes");
    }

    private static byte[] oldFormat() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("壱岐市").createRow(0).createCell(0).setCellValue("【壱岐市地域包括ケアシステム推進ロードマップ】");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx)); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The roadmap layout, saved as a macro-enabled workbook with a (dummy) VBA project. */
    private static byte[] macroEnabled() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new RoadmapSheetWriter(new SheetStyles(workbook)).write(workbook.createSheet("長与町"), small());
            OPCPackage pkg = workbook.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart part = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
            try (OutputStream os = part.getOutputStream()) {
                os.write("Attribute VB_Name = \"Module1\"\nSub AutoOpen(): Shell \"calc.exe\": End Sub\n".getBytes(StandardCharsets.US_ASCII));
            }
            workbook.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose sheet XML is padded with {@code padding} blanks: tiny when zipped, huge when expanded. */
    static byte[] zipBomb(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int written = 0; written < padding; written += blanks.length) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] noLayout() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("研修会名簿");
            String[][] rows = {{"氏名", "所属", "参加日"}, {"壱岐 太郎", "地域包括支援センター", "2026/5/1"},
                    {"長崎 花子", "訪問看護ステーション", "2026/5/1"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The small roadmap, but the first vision is a formula with a cached value and the first measures come
     * from another workbook through an external link (cached value only, never evaluated).
     */
    private static byte[] formulasAndLinks() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("長与町");
            new RoadmapSheetWriter(new SheetStyles(workbook)).write(sheet, small());
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("外部ブックの推進方策");
            workbook.linkExternalWorkbook("other.xlsx", other);
            XSSFCell vision = sheet.getRow(SheetLayout.FIRST_DATA_ROW).getCell(SheetLayout.COL_VISION);
            vision.setCellFormula("\"円滑に在宅へ\"&\"移行できる。\"");
            vision.setCellValue("円滑に在宅へ移行できる。");
            XSSFCell measures = sheet.getRow(SheetLayout.FIRST_DATA_ROW).getCell(SheetLayout.COL_MEASURES);
            measures.setCellFormula("[other.xlsx]Sheet1!A1");
            measures.setCellValue("外部ブックの推進方策");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A valid roadmap workbook made large by a picture of random bytes (which does not compress). */
    private static byte[] tooLarge(int pictureBytes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("長与町");
            new RoadmapSheetWriter(new SheetStyles(workbook)).write(sheet, small());
            byte[] noise = new byte[pictureBytes];
            new Random(42).nextBytes(noise);
            int picture = workbook.addPicture(noise, XSSFWorkbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, 12, 0, 14, 4);
            sheet.getDrawingPatriarch().createPicture(anchor, picture);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A sheet typed by hand in the prefecture's layout, not by Care Roadmap: no instruction row, a 区分 column
     * written once per category (not merged), blank rows, years as 2027 / ２０２８ (a number) / 令和9年度 / R10,
     * the year headings as R6…R11 under 第9期計画 / 第10期計画, an example row, measures over two rows, and
     * arrows as a merged filled cell, a filled unmerged run, a right-arrow shape, an arrow shape with →継続,
     * a line with a text box over it, and a note row at the bottom.
     */
    static byte[] handTyped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            XSSFCellStyle fill = workbook.createCellStyle();
            fill.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xE6, (byte) 0x99}, null));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int c = 0; c < 11; c++) {
                sheet.setColumnWidth(c, (c < 5 ? 18 : 10) * 256);
            }
            set(sheet, 0, 1, "【長与町地域包括ケアシステム推進ロードマップ】");
            // Header: 区分 | 項目 | 目指す姿 | 達成年度 | 推進方策 | 第9期計画 (3) | 第10期計画 (3); years below as R6…R11.
            String[] header = {"区分", "項目", "目指す姿", "達成年度", "推進方策", "第９期計画", null, null, "第10期計画", null, null};
            for (int c = 0; c < header.length; c++) {
                if (header[c] != null) {
                    set(sheet, 2, c, header[c]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 7));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 8, 10));
            String[] years = {"R6", "R7", "R8", "R9", "R10", "R11"};
            for (int i = 0; i < years.length; i++) {
                set(sheet, 3, 5 + i, years[i]);
            }
            // Row 5 (index 4): the example row of category A.
            set(sheet, 4, 0, "（例）A 医療");
            set(sheet, 4, 1, "退院支援");
            set(sheet, 4, 2, "退院後スムーズに在宅生活へ移行できる。");
            set(sheet, 4, 3, "2027");
            set(sheet, 4, 4, "多職種研修会を定期的に開催する。");
            set(sheet, 5, 4, "退院前カンファレンスに地域の職種が参加する。");  // measures continue on the next row
            // merged, filled cell arrow R6–R7
            set(sheet, 4, 5, "入退院支援ルールの作成・周知").setCellStyle(fill);
            sheet.getRow(4).createCell(6).setCellStyle(fill);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 5, 6));
            // filled unmerged run R8–R11 with text in its first cell, on the continuation row
            for (int c = 7; c <= 10; c++) {
                sheet.getRow(5).createCell(c).setCellStyle(fill);
            }
            sheet.getRow(5).getCell(7).setCellValue("勉強会を開催（年２回）");
            // row index 6 blank
            // Row index 7: another A item, year written as a number typed in full width (stored as 2028)
            set(sheet, 7, 1, "在宅医療・介護提供体制の充実");
            set(sheet, 7, 2, "24時間365日の在宅医療・介護ができる。");
            sheet.getRow(7).createCell(3).setCellValue(2028);
            set(sheet, 7, 4, "総合相談窓口を設置する。");
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            shape(drawing, ShapeTypes.RIGHT_ARROW, 5, 7, 7, "ICTを活用した支援体制の検討");
            shape(drawing, ShapeTypes.RIGHT_ARROW, 8, 10, 8, "24時間体制の構築\n→継続");
            // Row index 9: category B, not merged, with an item; year in 和暦
            set(sheet, 9, 0, "B 介護");
            set(sheet, 9, 1, "サービス提供人材の確保");
            set(sheet, 9, 2, "必要な人材が従事できる。");
            set(sheet, 9, 3, "令和9年度");
            set(sheet, 9, 4, "説明会を開催する。");
            // a line with a text box laid over it, R6–R9
            XSSFClientAnchor line = drawing.createAnchor(0, 120_000, 0, 120_000, 5, 9, 9, 9);
            drawing.createConnector(line);
            XSSFClientAnchor boxAnchor = drawing.createAnchor(0, 0, 0, 100_000, 5, 9, 9, 9);
            XSSFSimpleShape box = drawing.createTextbox(boxAnchor);
            box.setText("人材確保のための説明会");
            // Row index 11: category C written only as its name, year as R10 in full width
            set(sheet, 11, 0, "保健・予防");
            set(sheet, 11, 1, "介護予防の実施");
            set(sheet, 11, 2, "住民が主体的に活動できる。");
            set(sheet, 11, 3, "Ｒ１０");
            set(sheet, 11, 4, "教室を実施（継続）");
            set(sheet, 11, 5, "教室の実施");  // a plain text cell: a one-year arrow
            // Row index 13: a note, not an item
            set(sheet, 13, 0, "※ 矢印は図形で描いても構いません。");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFCell set(XSSFSheet sheet, int row, int col, String value) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = r.createCell(col);
        cell.setCellValue(value);
        return cell;
    }

    private static void shape(XSSFDrawing drawing, int type, int firstCol, int lastCol, int row, String text) {
        // Drawn a little inside the cells, as a person drags it: not exactly on the borders.
        XSSFClientAnchor anchor = drawing.createAnchor(80_000, 30_000, 600_000, 150_000, firstCol, row, lastCol, row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFSimpleShape shape = drawing.createSimpleShape(anchor);
        shape.setShapeType(type);
        shape.setText(text);
    }
}
