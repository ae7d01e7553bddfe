package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.FieldProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad file is refused with its own reason, before anything reads it; each is a real file. */
class WorkbookGateTest {

    private final WorkbookGate gate = new WorkbookGate(256 * 1024);

    @BeforeAll
    static void zipBombGuards() {
        SpreadsheetConfiguration.guardAgainstZipBombs(SpreadsheetProperties.defaults());
    }

    static byte[] file(String name) {
        try (InputStream in = WorkbookGateTest.class.getResourceAsStream("/xlsx/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "not-xlsx.xlsx, xlsx.notXlsx",
            "opendocument.ods, xlsx.notXlsx",
            "old-format.xls, xlsx.oldFormat",
            "encrypted.xlsx, xlsx.encrypted",
            "macro-enabled.xlsm, xlsx.macroEnabled",
            "corrupt.xlsx, xlsx.corrupt",
            "zip-bomb.xlsx, xlsx.zipBomb",
            "too-large.xlsx, xlsx.tooLarge"})
    void refusesBadFilesWithTheirReason(String name, String reason) {
        assertThatThrownBy(() -> gate.open(file(name)))
                .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly(reason));
    }

    @Test
    void refusesAnEmptyUpload() {
        assertThatThrownBy(() -> gate.open(new byte[0])).isInstanceOf(RejectedWorkbookException.class)
                .extracting(e -> ((RejectedWorkbookException) e).problems().get(0).messageKey()).isEqualTo("xlsx.empty");
    }

    @Test
    void tellsTheSizeLimitInMegabytes() {
        RejectedWorkbookException e = org.junit.jupiter.api.Assertions.assertThrows(RejectedWorkbookException.class,
                () -> new WorkbookGate(1024 * 1024).open(new byte[1024 * 1024 + 1]));
        assertThat(e.tooLarge()).isTrue();
        assertThat(e.problems().get(0).arguments()).containsExactly("1MB");
    }

    @Test
    void opensAGoodWorkbook() throws IOException {
        try (XSSFWorkbook workbook = gate.open(file("small-roadmap.xlsx"))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("長与町");
        }
    }

    @Test
    void opensAWorkbookWithFormulasAndExternalLinksWithoutEvaluatingThem() {
        XSSFWorkbook workbook = gate.open(file("formulas-and-links.xlsx"));
        assertThat(workbook.getExternalLinksTable()).hasSize(1);
        workbook.getPackage().revert();
    }
}
