package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.FieldProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading what people really type, and what LibreOffice writes back. */
class SheetReaderTest {

    @BeforeAll
    static void zipBombGuards() {
        SpreadsheetConfiguration.guardAgainstZipBombs(SpreadsheetProperties.defaults());
    }

    static SheetReading read(String file) {
        XSSFWorkbook workbook = new WorkbookGate(10 << 20).open(WorkbookGateTest.file(file));
        try {
            var sheet = workbook.getSheetAt(0);
            var header = RoadmapSheetReader.findHeader(sheet).orElseThrow();
            return RoadmapSheetReader.read(sheet, header, SheetFixtures.TEMPLATES);
        } finally {
            workbook.getPackage().revert();
        }
    }

    private static String arrows(SheetReading.Item item) {
        return String.join(" / ", item.arrows().stream()
                .map(a -> a.label() + " " + a.startYear() + "-" + a.endYear() + (a.continues() ? " 継続" : "")).toList());
    }

    @Test
    void readsAHandTypedSheetWithUnmergedCellsBlankRowsTypedYearsAndArrowsOfEveryKind() {
        SheetReading reading = read("hand-typed.xlsx");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.template()).isEqualTo(SheetFixtures.NAGASAKI_9_10);
        assertThat(reading.municipalityName()).isEqualTo("長与町");
        assertThat(reading.items()).extracting(SheetReading.Item::category, SheetReading.Item::title,
                SheetReading.Item::achievementYear).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "退院支援", "2027"),
                org.assertj.core.groups.Tuple.tuple("A", "在宅医療・介護提供体制の充実", "2028"),
                org.assertj.core.groups.Tuple.tuple("B", "サービス提供人材の確保", "令和9年度"),
                org.assertj.core.groups.Tuple.tuple("C", "介護予防の実施", "Ｒ１０"));
        List<SheetReading.Item> items = reading.items();
        assertThat(items.get(0).measures()).isEqualTo("多職種研修会を定期的に開催する。\n退院前カンファレンスに地域の職種が参加する。");
        assertThat(arrows(items.get(0))).isEqualTo("入退院支援ルールの作成・周知 2024-2025 / 勉強会を開催（年２回） 2026-2029");
        assertThat(arrows(items.get(1))).isEqualTo("ICTを活用した支援体制の検討 2024-2026 / 24時間体制の構築 2027-2029 継続");
        assertThat(arrows(items.get(2))).isEqualTo("人材確保のための説明会 2024-2027");
        assertThat(arrows(items.get(3))).isEqualTo("教室の実施 2024-2024");
        assertThat(reading.notes()).extracting(FieldProblem::messageKey)
                .contains("sheet.exampleRow", "sheet.noteRowSkipped");
        assertThat(reading.notes()).extracting(FieldProblem::field).contains("Sheet1!A5", "Sheet1!A14");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "達成年度 written as {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2027", "2027年度", "令和9年度", "R9", "2027年度(令和9年度)",
            "２０２７", "Ｒ９", "令和９年度", "2027年度\n(令和9年度)", " 2027 "})
    void readsTheAchievementYearHoweverItIsWritten(String written) throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(4).getCell(3).setCellValue(written);
            workbook.write(out);
            file = out.toByteArray();
        }
        XSSFWorkbook workbook = new WorkbookGate(10 << 20).open(file);
        var sheet = workbook.getSheetAt(0);
        SheetReading reading = RoadmapSheetReader.read(sheet, RoadmapSheetReader.findHeader(sheet).orElseThrow(),
                SheetFixtures.TEMPLATES);
        ImportPlanner.Plan plan = ImportPlanner.plan(reading, reading.template(), List.of());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.items().get(0).item().toContent(SheetFixtures.NAGASAKI_9_10).achievementYear().value())
                .isEqualTo(2027);
    }

    @Test
    void readsAYearTypedAsANumber() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(4).getCell(3).setCellValue(2028);
            workbook.write(out);
            file = out.toByteArray();
        }
        XSSFWorkbook workbook = new WorkbookGate(10 << 20).open(file);
        var sheet = workbook.getSheetAt(0);
        SheetReading reading = RoadmapSheetReader.read(sheet, RoadmapSheetReader.findHeader(sheet).orElseThrow(),
                SheetFixtures.TEMPLATES);
        assertThat(reading.items().get(0).achievementYear()).isEqualTo("2028");
    }

    @Test
    void readsIkisSheetAfterLibreOfficeSavedIt() {
        SheetReading reading = read("iki-libreoffice.xlsx");
        assertThat(reading.problems()).isEmpty();
        ImportPlanner.Plan plan = ImportPlanner.plan(reading, reading.template(), List.of());
        assertThat(SheetRoundTripTest.actual(plan.items(), SheetFixtures.NAGASAKI_8_9))
                .containsExactlyElementsOf(SheetRoundTripTest.expected(SheetFixtures.iki()));
    }

    @Test
    void readsCachedValuesOfFormulasAndExternalLinksAndNotesThem() {
        SheetReading reading = read("formulas-and-links.xlsx");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.items().get(0).targetVision()).isEqualTo("円滑に在宅へ移行できる。");
        assertThat(reading.items().get(0).measures()).isEqualTo("外部ブックの推進方策");
        assertThat(reading.notes()).extracting(FieldProblem::messageKey).containsOnly("sheet.formulaCachedValue");
        assertThat(reading.notes()).extracting(FieldProblem::field).containsExactly("長与町!C5", "長与町!E5");
    }
}
