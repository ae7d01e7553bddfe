package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class CriteriaFileTest {

    /** A real .xlsx written with POI, as the prefecture keeps its list: headings, then one row per criterion. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("評価シート");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsCriteriaAndQuestionsFromAnExcelList() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"種別", "区分", "評価項目", "回答方式", "配点", "重み"},
                new Object[] {"評価項目", "A", "入退院支援ルールがある", "達成/未達成", null, 2},
                new Object[] {null, "Ｂ 介護", "ケアプラン点検", "段階", 3, 1},
                new Object[] {"住民の実感", "E", "近所で助け合えると感じる", null, null, null});
        CriteriaFile.Contents contents = CriteriaFile.read("シート.xlsx", xlsx);
        assertThat(contents.criteria()).containsExactly(
                new Criterion(null, CategoryCode.A, 1, "入退院支援ルールがある", AnswerType.ACHIEVED_OR_NOT, 1, 2),
                new Criterion(null, CategoryCode.B, 2, "ケアプラン点検", AnswerType.LEVELS, 3, 1));
        assertThat(contents.questions()).containsExactly(new SurveyQuestion(null, CategoryCode.E, 1, "近所で助け合えると感じる"));
    }

    @Test
    void reportsEveryBadRowAtOnceAndReturnsNothing() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"区分", "評価項目", "回答方式", "配点", "重み"},
                new Object[] {"Z", "x", null, null, null},
                new Object[] {"A", "", null, null, null},
                new Object[] {"A", "y", "はい", 11, 0},
                new Object[] {"A", "good", null, null, null});
        assertThatThrownBy(() -> CriteriaFile.read("list.xlsx", xlsx))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("evaluation.file.row.category", "evaluation.file.row.text",
                                "evaluation.file.row.answerType", "evaluation.file.row.points", "evaluation.file.row.weight"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).arguments()).containsExactly(2, "Z"));
    }

    @Test
    void readsACsvListAndRefusesOtherFiles() {
        byte[] csv = "区分,評価項目\nC,通いの場がある\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CriteriaFile.read("list.csv", csv).criteria()).hasSize(1);
        assertThatThrownBy(() -> CriteriaFile.read("list.pdf", csv)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CriteriaFile.read("list.xlsx", csv))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("evaluation.file.unreadable"));
        assertThatThrownBy(() -> CriteriaFile.read("list.csv", "名前,説明\na,b\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("evaluation.file.header"));
    }

    @Test
    void isBoundedInRowsAndBytes() {
        StringBuilder many = new StringBuilder("区分,評価項目\n");
        for (int i = 0; i < CriteriaFile.MAX_ROWS + 1; i++) {
            many.append("A,項目").append(i).append('\n');
        }
        assertThatThrownBy(() -> CriteriaFile.read("many.csv", many.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("evaluation.file.tooManyRows"));
        assertThatThrownBy(() -> CriteriaFile.read("big.csv", new byte[CriteriaFile.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("evaluation.file.tooLarge"));
        assertThat(List.of(CriteriaFile.MAX_ROWS)).containsExactly(500);
    }
}
