package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;

/** Writes .xlsx files: one roadmap, or a prefecture's summary sheet followed by one sheet per municipality. */
public final class WorkbookWriter {

    /**
     * One line of the prefecture's summary: one roadmap, or a municipality without any ({@code roadmap} null).
     * {@code sheetName} is the wished name of the roadmap's sheet (made safe and unique when written); null
     * stands for the municipality's name.
     */
    public record SummaryRow(String municipalityCode, String municipalityName, @Nullable String templateName,
                             Map<CategoryCode, Integer> itemsPerCategory, int itemCount, @Nullable String status,
                             @Nullable LocalDateTime updatedAt, @Nullable SheetRoadmap roadmap, @Nullable String sheetName) {
    }

    public byte[] roadmap(SheetRoadmap roadmap) {
        return roadmap(roadmap, null);
    }

    /** One roadmap; {@code status} (e.g. 作成中) is printed in the footer, or nothing when null. */
    public byte[] roadmap(SheetRoadmap roadmap, @Nullable String status) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(roadmap.municipalityName()));
            new RoadmapSheetWriter(styles).write(sheet, roadmap, status);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] prefecture(String prefectureName, List<SummaryRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet summary = workbook.createSheet(SheetText.SUMMARY_SHEET);
            RoadmapSheetWriter writer = new RoadmapSheetWriter(styles);
            Set<String> names = new HashSet<>();
            names.add(SheetText.SUMMARY_SHEET.toLowerCase(java.util.Locale.ROOT));
            String[] sheetNames = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                SheetRoadmap roadmap = rows.get(i).roadmap();
                if (roadmap != null) {
                    String wished = rows.get(i).sheetName() == null ? roadmap.municipalityName() : rows.get(i).sheetName();
                    sheetNames[i] = unique(WorkbookUtil.createSafeSheetName(wished), names);
                    writer.write(workbook.createSheet(sheetNames[i]), roadmap, rows.get(i).status());
                }
            }
            new SummarySheet(summary, styles).write(prefectureName, rows, sheetNames);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        workbook.write(out);
        return out.toByteArray();
    }
}
