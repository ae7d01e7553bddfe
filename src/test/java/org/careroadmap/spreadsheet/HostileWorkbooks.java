package org.careroadmap.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks an attacker would send: a real roadmap sheet ({@code small-roadmap.xlsx}) plus many extra worksheet
 * parts, each registered in the workbook (so POI would parse every one) and each a highly compressible block of
 * rows that stays inside POI's per-entry limits. Built in the tests; {@link #main} writes the small corpus files.
 */
final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** {@code extra} more worksheets of about {@code partBytes} of sheet XML each. */
    static byte[] withExtraSheets(int extra, int partBytes) {
        return withExtraSheets(extra, sheetXml(partBytes));
    }

    /**
     * {@code extra} more worksheets of about {@code partBytes} whose XML breaks off after many rows, as a truncated
     * or hostile part would: any parser that reads one of them to the end fails.
     */
    static byte[] withDamagedExtraSheets(int extra, int partBytes) {
        String xml = new String(sheetXml(partBytes), StandardCharsets.UTF_8).replace("</sheetData></worksheet>", "");
        return withExtraSheets(extra, (xml + "<row r=\"999999\"><c><v>1</c>&broken;<<").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withExtraSheets(int extra, byte[] part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String name = entry.getName();
                StringBuilder more = new StringBuilder();
                for (int i = 0; i < extra; i++) {
                    int n = i + 2;
                    switch (name) {
                        case "[Content_Types].xml" -> more.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                                .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                        case "xl/workbook.xml" -> more.append("<sheet name=\"x").append(n).append("\" r:id=\"rIdX").append(n)
                                .append("\" sheetId=\"").append(n).append("\"/>");
                        case "xl/_rels/workbook.xml.rels" -> more.append("<Relationship Id=\"rIdX").append(n)
                                .append("\" Target=\"worksheets/sheet").append(n)
                                .append(".xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>");
                        default -> { }
                    }
                }
                text = switch (name) {
                    case "[Content_Types].xml" -> text.replace("</Types>", more + "</Types>");
                    case "xl/workbook.xml" -> text.replace("</sheets>", more + "</sheets>");
                    case "xl/_rels/workbook.xml.rels" -> text.replace("</Relationships>", more + "</Relationships>");
                    default -> null;
                };
                zip.putNextEntry(new ZipEntry(name));
                if (text == null) {
                    // Binary-safe copy of everything else: read again is not possible, so re-read from the original.
                    zip.write(original(name));
                } else {
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            for (int i = 0; i < extra; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 2) + ".xml"));
                zip.write(part);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] original(String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException(name);
    }

    /** Rows of numbered cells: cheap to zip, dear to parse into POI's object model. */
    static byte[] sheetXml(int bytes) {
        StringBuilder xml = new StringBuilder(bytes + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/")
                .append("spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; xml.length() < bytes; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            for (char c = 'A'; c <= 'J'; c++) {
                xml.append("<c><v>").append(r % 7).append("</v></c>");
            }
            xml.append("</row>");
        }
        xml.append("</sheetData></worksheet>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the corpus files (run from the project root). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/test/resources/xlsx");
        Files.write(dir.resolve("expands-too-far.xlsx"), withExtraSheets(3, 15 << 20));
        Files.write(dir.resolve("too-many-sheets.xlsx"), withExtraSheets(120, 2_000));
    }
}
