package org.careroadmap.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;

/**
 * A base-figures CSV read into one set of typed values per fiscal year: a heading row (Japanese headings or field
 * names), then one row per year; without a 年度 column a row is the page's year, without 時点 it is as of 31 March.
 * Every bad cell is named by row and heading, and nothing is returned while any is bad.
 */
final class BaseFiguresFile {

    /** The headings a base-figures CSV may use, in Japanese or as field names, and the field each stands for. */
    static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("年度", "fiscalYear"), Map.entry("時点", "asOf"), Map.entry("総人口", "totalPopulation"),
            Map.entry("高齢者数", "elderly"), Map.entry("後期高齢者数", "lateElderly"), Map.entry("要介護認定者数", "careCertified"),
            Map.entry("要支援認定者数", "supportCertified"), Map.entry("高齢化率", "elderlyRate"),
            Map.entry("後期高齢者率", "lateElderlyRate"), Map.entry("要介護認定率", "careCertifiedRate"),
            Map.entry("要支援認定率", "supportCertifiedRate"));

    /** One row: its year and the values by field name, as typed. */
    record YearRow(FiscalYear year, Map<String, String> values) {
    }

    private BaseFiguresFile() {
    }

    /** The file's rows, oldest year first, so each year's jump is checked against the year before it. */
    static List<YearRow> read(FiscalYear pageYear, byte[] bytes) {
        List<List<String>> rows = CsvUpload.rowsWithHeading(bytes);
        List<String> fields = fields(rows.get(0));
        List<FieldProblem> problems = new ArrayList<>();
        List<YearRow> parsed = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            parsed.add(row(i + 1, rows.get(i), fields, pageYear, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        parsed.sort((a, b) -> a.year().compareTo(b.year()));
        return parsed;
    }

    private static List<String> fields(List<String> headings) {
        List<String> fields = new ArrayList<>();
        for (String heading : headings) {
            String h = TypedInput.normalized(heading).replaceAll("[(（].*$", "");
            fields.add(HEADINGS.getOrDefault(h, HEADINGS.containsValue(h) ? h : null));
        }
        if (!fields.contains("totalPopulation") && !fields.contains("elderlyRate")) {
            throw CsvUpload.problem("evaluation.figures.file.header");
        }
        return fields;
    }

    private static YearRow row(int rowNumber, List<String> row, List<String> fields, FiscalYear pageYear,
                               List<FieldProblem> problems) {
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c) != null) {
                values.put(fields.get(c), CsvUpload.cell(row, c));
            }
        }
        FiscalYear rowYear = pageYear;
        if (values.containsKey("fiscalYear") && !values.get("fiscalYear").isBlank()) {
            try {
                rowYear = FiscalYear.parse(values.get("fiscalYear"));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("file", "evaluation.figures.file.cell", List.of(rowNumber, "年度")));
            }
        }
        if (!values.containsKey("asOf") || values.get("asOf").isBlank()) {
            values.put("asOf", rowYear.lastDay().toString());
        }
        values.forEach((field, value) -> {
            if (!readable(field, value)) {
                problems.add(new FieldProblem("file", "evaluation.figures.file.cell", List.of(rowNumber, heading(field))));
            }
        });
        return new YearRow(rowYear, values);
    }

    private static boolean readable(String field, String value) {
        try {
            switch (field) {
                case "asOf" -> TypedInput.date(value);
                case "elderlyRate", "lateElderlyRate", "careCertifiedRate", "supportCertifiedRate" -> TypedInput.percent(value);
                case "fiscalYear" -> { }
                default -> TypedInput.count(value);
            }
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static String heading(String field) {
        return HEADINGS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElse(field);
    }
}
