package org.careroadmap.spreadsheet;

import static org.careroadmap.ExternalCommand.run;
import org.careroadmap.ExternalCommand.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported files open in a real spreadsheet program: LibreOffice (Debian's, installed by scripts/test)
 * converts them to PDF without complaint, every item title and arrow label is in the PDF's text, the page
 * is A3 landscape — and what LibreOffice saves back as .xlsx still imports to the same roadmap.
 */
class LibreOfficeRenderingIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void tools() {
        for (String tool : List.of("libreoffice", "pdftotext", "pdfinfo")) {
            if (run(List.of("sh", "-c", "command -v " + tool), work).exit() != 0) {
                fail(tool + " is missing: install libreoffice-calc-nogui and poppler-utils (bash scripts/test does)");
            }
        }
        SpreadsheetConfiguration.guardAgainstZipBombs(SpreadsheetProperties.defaults());
    }

    @Test
    void ikisExportPrintsOnA3LandscapeWithEveryTitleAndArrowLabel() throws IOException {
        SheetRoadmap iki = SheetFixtures.iki();
        Path pdf = toPdf("iki.xlsx", new WorkbookWriter().roadmap(iki));

        assertThat(run(List.of("pdfinfo", pdf.toString()), work).out()).contains("(A3)");
        String width = run(List.of("pdfinfo", pdf.toString()), work).out().lines().filter(l -> l.startsWith("Page size"))
                .findFirst().orElseThrow();
        assertThat(width).contains("1190.55 x 841.89");  // landscape: wider than high
        assertEveryTextInPdf(pdf, List.of(iki));
    }

    @Test
    void aPrefectureWorkbookPrintsEverySheet() throws IOException {
        List<SheetRoadmap> roadmaps = List.of(SheetFixtures.iki(),
                SheetFixtures.generated("長崎市", SheetFixtures.NAGASAKI_9_10, 2, 3, 1),
                SheetFixtures.generated("新上五島町", SheetFixtures.NAGASAKI_8_9, 1, 2, 2));
        List<WorkbookWriter.SummaryRow> rows = new ArrayList<>();
        for (SheetRoadmap r : roadmaps) {
            Map<CategoryCode, Integer> counts = new java.util.EnumMap<>(CategoryCode.class);
            r.items().forEach(i -> counts.merge(i.category(), 1, Integer::sum));
            rows.add(new WorkbookWriter.SummaryRow("000000", r.municipalityName(), r.template().name(), counts,
                    r.items().size(), "作成中", LocalDateTime.of(2026, 11, 24, 10, 30), r, null));
        }
        Path pdf = toPdf("nagasaki.xlsx", new WorkbookWriter().prefecture("長崎県", rows));
        String text = pdfText(pdf);
        assertThat(text).contains("団体コード", "作成中");
        assertEveryTextInPdf(pdf, roadmaps);
    }

    @Test
    void whatLibreOfficeSavesBackImportsToTheSameRoadmap() throws IOException {
        SheetRoadmap generated = SheetFixtures.generated("佐世保市", SheetFixtures.NAGASAKI_9_10, 3, 3, 11);
        Path xlsx = work.resolve("resave/sasebo.xlsx");
        Files.createDirectories(xlsx.getParent());
        Files.write(xlsx, new WorkbookWriter().roadmap(generated));
        Path out = work.resolve("resaved");
        Result result = run(List.of("libreoffice", profile(), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", out.toString(), xlsx.toString()), work);
        assertThat(result.exit()).as(result.out()).isZero();

        XSSFWorkbook workbook = new WorkbookGate(10 << 20).open(Files.readAllBytes(out.resolve("sasebo.xlsx")));
        try {
            var sheet = workbook.getSheetAt(0);
            SheetReading reading = RoadmapSheetReader.read(sheet, RoadmapSheetReader.findHeader(sheet).orElseThrow(),
                    SheetFixtures.TEMPLATES);
            assertThat(reading.problems()).isEmpty();
            ImportPlanner.Plan plan = ImportPlanner.plan(reading, reading.template(), List.of());
            assertThat(SheetRoundTripTest.actual(plan.items(), SheetFixtures.NAGASAKI_9_10))
                    .containsExactlyElementsOf(SheetRoundTripTest.expected(generated));
        } finally {
            workbook.getPackage().revert();
        }
    }

    private static void assertEveryTextInPdf(Path pdf, List<SheetRoadmap> roadmaps) {
        String text = squeeze(pdfText(pdf));
        List<String> missing = new ArrayList<>();
        for (SheetRoadmap roadmap : roadmaps) {
            if (!text.contains(squeeze(roadmap.title()))) {
                missing.add(roadmap.title());
            }
            for (SheetRoadmap.Item item : roadmap.items()) {
                if (!text.contains(squeeze(item.title()))) {
                    missing.add(roadmap.municipalityName() + " item: " + item.title());
                }
                for (SheetRoadmap.Arrow arrow : item.arrows()) {
                    if (!text.contains(squeeze(arrow.label()))) {
                        missing.add(roadmap.municipalityName() + " arrow: " + arrow.label());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Text wraps differently in a PDF: compare without any blanks or line breaks. The PDF's text is taken in
     * drawing order ({@code pdftotext -raw}), which keeps each cell's lines together; reading order would
     * interleave the lines of neighbouring cells.
     */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    private static Path toPdf(String name, byte[] xlsx) throws IOException {
        Path dir = work.resolve(name.replace(".xlsx", ""));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, xlsx);
        Result result = run(List.of("libreoffice", profile(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.toString(), file.toString()), work);
        Path pdf = dir.resolve(name.replace(".xlsx", ".pdf"));
        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(pdf).as(result.out()).exists();
        return pdf;
    }

    private static String pdfText(Path pdf) {
        Result result = run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"), work);
        assertThat(result.exit()).isZero();
        return result.out();
    }

    /** A profile of its own, so this run neither waits for nor disturbs another LibreOffice. */
    private static String profile() {
        return "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
    }
}
