package org.careroadmap.progress;

import org.careroadmap.ExternalCommand;
import org.careroadmap.ExternalCommand.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.TouchesDatabase;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The progress workbook opens in a real spreadsheet program without repair: LibreOffice (installed by
 * scripts/test as libreoffice-calc-nogui) converts Iki City's FY2025 report to PDF — the roadmap sheet on A3,
 * the 取組と目標 sheet on A4, with the items and their ratings — and what it saves back as .xlsx still has both
 * sheets with the same items. An IT because LibreOffice takes seconds; same context as the browser tests.
 */
@TouchesDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressWorkbookLibreOfficeIT {

    @TempDir
    static Path work;

    @Autowired
    ProgressWorkbook workbook;
    @Autowired
    RoadmapReads roadmaps;

    @BeforeAll
    static void tools() {
        for (String tool : List.of("libreoffice", "pdftotext", "pdfinfo")) {
            if (run(List.of("sh", "-c", "command -v " + tool)).exit() != 0) {
                fail(tool + " is missing: install libreoffice-calc-nogui and poppler-utils (bash scripts/test does)");
            }
        }
    }

    @Test
    void ikisProgressReportPrintsBothSheetsAndSurvivesLibreOfficeSavingItBack() throws IOException {
        // Written as a Japanese request would have it (sheet names and headings from the message bundle).
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        byte[] bytes;
        try {
            bytes = CurrentActor.asSystem(() -> workbook.write(roadmaps.list(ListScope.municipality(
                    new MunicipalityCode("422100"))).stream().mapToLong(s -> s.id()).min().orElseThrow(), "2025"));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        Path xlsx = work.resolve("in/iki-progress.xlsx");
        Files.createDirectories(xlsx.getParent());
        Files.write(xlsx, bytes);
        List<String> written = items(bytes, "取組と目標");
        assertThat(written).contains("退院支援");

        Path pdfDir = work.resolve("pdf");
        Result toPdf = run(List.of("libreoffice", profile(), "--headless", "--convert-to", "pdf", "--outdir",
                pdfDir.toString(), xlsx.toString()));
        assertThat(toPdf.exit()).as(toPdf.out()).isZero();
        Path pdf = pdfDir.resolve("iki-progress.pdf");
        assertThat(pdf).as(toPdf.out()).exists();
        String pages = run(List.of("pdfinfo", "-f", "1", "-l", "999", pdf.toString())).out();
        assertThat(pages).contains("(A3)").contains("(A4)");
        String text = run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")).out().replaceAll("[\\s\\u3000]+", "");
        assertThat(text).contains("退院支援", "◎");

        Path resaved = work.resolve("resaved");
        Result toXlsx = run(List.of("libreoffice", profile(), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", resaved.toString(), xlsx.toString()));
        assertThat(toXlsx.exit()).as(toXlsx.out()).isZero();
        byte[] back = Files.readAllBytes(resaved.resolve("iki-progress.xlsx"));
        try (XSSFWorkbook reopened = new XSSFWorkbook(new ByteArrayInputStream(back))) {
            assertThat(List.of(reopened.getSheetName(0), reopened.getSheetName(1))).containsExactly("工程表と実績", "取組と目標");
        }
        assertThat(items(back, "取組と目標")).containsExactlyElementsOf(written);
    }

    /** Every text cell of a sheet, in order, so what LibreOffice saved back can be compared with what we wrote. */
    private static List<String> items(byte[] xlsx, String sheetName) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet(sheetName);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    /** A profile of its own, so this run neither waits for nor disturbs another LibreOffice. */
    private static String profile() {
        return "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
    }

    private static Result run(List<String> command) {
        return ExternalCommand.run(command, work);
    }
}
