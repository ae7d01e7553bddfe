package org.careroadmap.evaluation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A sheet version's criteria list as the prefecture keeps it in Excel or CSV: a heading row
 * (種別, 区分, 評価項目, 回答方式, 配点, 重み — 種別 and the last three may be left out) and one row per criterion or
 * 住民の実感 question. Bounded in size and rows; every bad row is reported at once, and nothing is returned
 * unless the whole list is good. Formulas are never evaluated: the value saved in the file is read.
 */
final class CriteriaFile {

    static final int MAX_BYTES = CsvUpload.MAX_BYTES;
    static final int MAX_ROWS = CsvUpload.MAX_ROWS;

    record Contents(List<Criterion> criteria, List<SurveyQuestion> questions) {
    }

    private CriteriaFile() {
    }

    static Contents read(String filename, byte[] bytes) {
        CsvUpload.requireSize(bytes);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (name.endsWith(".xlsx")) {
            rows = xlsxRows(bytes);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            rows = CsvUpload.parse(bytes);
        } else {
            throw invalid("evaluation.file.type");
        }
        return contents(rows);
    }

    static Contents contents(List<List<String>> rows) {
        if (rows.size() > MAX_ROWS + 1) {
            throw invalid("evaluation.file.tooManyRows", MAX_ROWS);
        }
        if (rows.isEmpty()) {
            throw invalid("evaluation.file.empty");
        }
        Columns columns = Columns.of(rows.get(0));
        if (columns == null) {
            throw invalid("evaluation.file.header");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<SurveyQuestion> questions = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            readRow(i + 1, rows.get(i), columns, criteria, questions, problems);
        }
        if (problems.isEmpty() && criteria.isEmpty()) {
            problems.add(new FieldProblem("file", "evaluation.file.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Contents(criteria, questions);
    }

    /** One row: a 住民の実感 question or a criterion (the default kind); its problems are added, named by row. */
    private static void readRow(int rowNumber, List<String> row, Columns columns, List<Criterion> criteria,
                                List<SurveyQuestion> questions, List<FieldProblem> problems) {
        String kind = columns.get(row, columns.kind).strip();
        CategoryCode category = null;
        try {
            category = CategoryCode.parse(columns.get(row, columns.category));
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("file", "evaluation.file.row.category", List.of(rowNumber, columns.get(row, columns.category))));
        }
        String text = columns.get(row, columns.text);
        boolean textFits = !text.isBlank() && text.strip().length() <= Criterion.MAX_TEXT;
        if (kind.equals("住民の実感") || kind.equalsIgnoreCase("question")) {
            if (!textFits) {
                problems.add(new FieldProblem("file", "evaluation.file.row.text", List.of(rowNumber, Criterion.MAX_TEXT)));
            } else if (category != null) {
                questions.add(new SurveyQuestion(null, category, questions.size() + 1, text));
            }
            return;
        }
        if (!kind.isEmpty() && !kind.equals("評価項目") && !kind.equalsIgnoreCase("criterion")) {
            problems.add(new FieldProblem("file", "evaluation.file.row.kind", List.of(rowNumber, kind)));
            return;
        }
        Criterion criterion = criterion(rowNumber, row, columns, category, criteria.size() + 1, text, textFits, problems);
        if (criterion != null) {
            criteria.add(criterion);
        }
    }

    /** The row's criterion, or null when any of its cells is refused. */
    private static @Nullable Criterion criterion(int rowNumber, List<String> row, Columns columns, @Nullable CategoryCode category, int position,
                                       String text, boolean textFits, List<FieldProblem> problems) {
        AnswerType type = null;
        try {
            type = AnswerType.parse(columns.get(row, columns.answerType));
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem("file", "evaluation.file.row.answerType", List.of(rowNumber, columns.get(row, columns.answerType))));
        }
        Integer points = number(columns.get(row, columns.points), 1);
        boolean pointsFit = points != null && points >= 1 && points <= Criterion.MAX_LEVEL_POINTS;
        if (!pointsFit) {
            problems.add(new FieldProblem("file", "evaluation.file.row.points", List.of(rowNumber, Criterion.MAX_LEVEL_POINTS)));
        }
        Integer weight = number(columns.get(row, columns.weight), 1);
        boolean weightFits = weight != null && weight >= 1 && weight <= Criterion.MAX_WEIGHT;
        if (!weightFits) {
            problems.add(new FieldProblem("file", "evaluation.file.row.weight", List.of(rowNumber, Criterion.MAX_WEIGHT)));
        }
        if (!textFits) {
            problems.add(new FieldProblem("file", "evaluation.file.row.text", List.of(rowNumber, Criterion.MAX_TEXT)));
            return null;
        }
        if (category == null || type == null || points == null || weight == null || !pointsFit || !weightFits) {
            return null;
        }
        return new Criterion(null, category, position, text, type, points, weight);
    }

    private static @Nullable Integer number(String text, int whenBlank) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return whenBlank;
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<List<String>> xlsxRows(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 50) {
                throw invalid("evaluation.file.tooManyRows", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(row.getLastCellNum(), 20); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // POI refuses damaged, encrypted, old-format and zip-bomb files with various exceptions; all mean the same here.
            throw invalid("evaluation.file.unreadable");
        }
    }

    private static InvalidInputException invalid(String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem("file", key, List.of(arguments))));
    }

    /** Where each field is, found by the heading's words. */
    private record Columns(int kind, int category, int text, int answerType, int points, int weight) {

        static @Nullable Columns of(List<String> header) {
            int kind = -1, category = -1, text = -1, answerType = -1, points = -1, weight = -1;
            for (int i = 0; i < header.size(); i++) {
                String h = java.text.Normalizer.normalize(header.get(i), java.text.Normalizer.Form.NFKC).strip()
                        .toLowerCase(Locale.ROOT);
                if (h.equals("種別") || h.equals("kind")) {
                    kind = i;
                } else if (h.equals("区分") || h.equals("category")) {
                    category = i;
                } else if (h.equals("評価項目") || h.equals("項目") || h.equals("text") || h.equals("criterion")) {
                    text = i;
                } else if (h.equals("回答方式") || h.equals("answer type") || h.equals("answertype")) {
                    answerType = i;
                } else if (h.equals("配点") || h.equals("points") || h.equals("max points")) {
                    points = i;
                } else if (h.equals("重み") || h.equals("weight")) {
                    weight = i;
                }
            }
            return category < 0 || text < 0 ? null : new Columns(kind, category, text, answerType, points, weight);
        }

        String get(List<String> row, int index) {
            return index < 0 || index >= row.size() || row.get(index) == null ? "" : row.get(index);
        }
    }
}
