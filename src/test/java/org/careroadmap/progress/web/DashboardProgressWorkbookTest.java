package org.careroadmap.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.review.Dashboard;
import org.careroadmap.review.DashboardCell;
import org.careroadmap.review.DashboardColumn;
import org.careroadmap.review.DashboardRow;
import org.careroadmap.review.DashboardWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The prefecture dashboard's Excel download carries the progress columns the page shows, with the same texts,
 * read back with POI; a cell text that a spreadsheet would run as a formula is written as text.
 */
@SharedContextTest
class DashboardProgressWorkbookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressDashboardColumns progressColumns;
    @Autowired
    DashboardWorkbook workbook;
    @Autowired
    ReferenceData reference;

    @Test
    void theDownloadHasTheProgressColumnsWithThePagesTexts() throws Exception {
        byte[] xlsx = mvc.perform(get("/review.xlsx").with(TestActors.prefectureAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<DashboardColumn> columns = CurrentActor.asSystem(() -> progressColumns.columns("42", Locale.JAPANESE));
        Map<String, Map<String, DashboardCell>> cells = CurrentActor.asSystem(() -> progressColumns.cells("42", Locale.JAPANESE));
        assertThat(cells).containsKey("422100");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headings = texts(sheet.getRow(1));
            int first = headings.indexOf(columns.get(0).heading());
            assertThat(first).isPositive();
            assertThat(headings.subList(first, first + columns.size()))
                    .containsExactlyElementsOf(columns.stream().map(DashboardColumn::heading).toList());
            Row iki = rowOf(sheet, "422100");
            for (int i = 0; i < columns.size(); i++) {
                assertThat(iki.getCell(first + i).getStringCellValue()).as(columns.get(i).key())
                        .isEqualTo(cells.get("422100").get(columns.get(i).key()).text());
            }
            assertThat(iki.getCell(first + 1).getStringCellValue()).matches("\\d+%|評価なし");
        }
    }

    @Test
    void anAddedCellThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        var goto_ = reference.municipality(new MunicipalityCode("422118")).orElseThrow();
        Dashboard.View view = new Dashboard.View("42", Optional.empty(),
                List.of(new DashboardRow(goto_, null, 0, false, Map.of("extra", new DashboardCell("=HYPERLINK(\"http://x\")", 0, false)))),
                java.time.LocalDate.of(2026, 4, 1), null, List.of(), List.of(new DashboardColumn("extra", "追加列")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(view)))) {
            Row row = rowOf(book.getSheetAt(0), "422118");
            Cell cell = row.getCell(texts(book.getSheetAt(0).getRow(1)).indexOf("追加列"));
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        }
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
