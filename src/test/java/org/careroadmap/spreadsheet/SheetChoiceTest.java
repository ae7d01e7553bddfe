package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * An import builds POI's object model for the one sheet it reads: other sheets are told apart by their first rows
 * only and never parsed, however large (or broken) they are.
 */
class SheetChoiceTest {

    final WorkbookGate gate = new WorkbookGate(10 << 20);

    @Test
    void largeExtraSheetsAreNeverParsedOnlyTheRoadmapSheetIs() {
        // Three extra worksheets of 4 MB whose XML breaks off at the end: reading any of them whole fails.
        byte[] file = HostileWorkbooks.withDamagedExtraSheets(3, 4 << 20);
        assertThatThrownBy(() -> gate.open(file)).isInstanceOfSatisfying(RejectedWorkbookException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("xlsx.corrupt"));

        SheetChoice choice = SheetChoice.of(gate, file, "長与町");
        try {
            assertThat(choice.workbook().getNumberOfSheets()).isEqualTo(1);
            assertThat(choice.sheet().getSheetName()).isEqualTo("長与町");
            assertThat(choice.layoutSheets()).isEqualTo(1);
            assertThat(read(choice)).isEqualTo(read(SheetChoice.of(gate, WorkbookGateTest.file("small-roadmap.xlsx"), "長与町")));
            assertThat(read(choice).items()).anySatisfy(item -> assertThat(item.arrows()).isNotEmpty());
        } finally {
            choice.workbook().getPackage().revert();
        }
    }

    @Test
    void theMunicipalitysSheetIsChosenAmongSeveralAndOpenedAlone() throws Exception {
        byte[] file = twoRoadmapSheets();

        SheetChoice nagayo = SheetChoice.of(gate, file, "長与町");
        assertThat(nagayo.sheet().getSheetName()).isEqualTo("長与町");
        assertThat(nagayo.workbook().getNumberOfSheets()).isEqualTo(1);
        assertThat(nagayo.layoutSheets()).isEqualTo(2);
        assertThat(read(nagayo).municipalityName()).isEqualTo("長与町");
        assertThat(read(nagayo).items()).anySatisfy(item -> assertThat(item.arrows()).isNotEmpty());

        SheetChoice other = SheetChoice.of(gate, file, "佐世保市");
        assertThat(other.sheet().getSheetName()).isEqualTo("写し");
        assertThat(read(other).municipalityName()).isEqualTo("壱岐市");
    }

    @Test
    void aWorkbookWithoutTheLayoutIsStillRefusedAsSuch() {
        assertThatThrownBy(() -> SheetChoice.of(gate, WorkbookGateTest.file("no-layout.xlsx"), "長与町"))
                .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("xlsx.noLayout"));
        assertThatThrownBy(() -> SheetChoice.of(gate, WorkbookGateTest.file("macro-enabled.xlsm"), "長与町"))
                .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("xlsx.macroEnabled"));
    }

    /** A copy of the sheet titled for 壱岐市 first, then 長与町's; print titles on both and the second tab active. */
    private static byte[] twoRoadmapSheets() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet copy = workbook.cloneSheet(0, "写し");
            copy.getRow(0).getCell(0).setCellValue("【壱岐市地域包括ケアシステム推進ロードマップ】");
            copy.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("3:4"));
            workbook.setSheetOrder("写し", 0);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static SheetReading read(SheetChoice choice) {
        return RoadmapSheetReader.read(choice.sheet(), choice.header(), SheetFixtures.TEMPLATES);
    }
}
