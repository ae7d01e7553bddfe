package org.careroadmap.evaluation;

import java.util.List;

import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.InvalidValueException;

/**
 * The bounds every uploaded list of the evaluation shares (criteria, 住民の実感, base figures): not empty, at
 * most 1 MB and 500 data rows, readable as UTF-8 or Shift_JIS; a file outside them is refused before a row is read.
 */
final class CsvUpload {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 500;

    private CsvUpload() {
    }

    /** Refuses an empty file and one over {@link #MAX_BYTES}. */
    static void requireSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw problem("evaluation.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw problem("evaluation.file.tooLarge", MAX_BYTES / 1024);
        }
    }

    /** The file's rows, decoded and split; an undecodable file or an open quote is a problem of the field {@code file}. */
    static List<List<String>> parse(byte[] bytes) {
        try {
            return Csv.parse(Csv.decode(bytes));
        } catch (InvalidValueException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("file", e)));
        }
    }

    /** A heading row and 1–500 data rows, within the size bound. */
    static List<List<String>> rowsWithHeading(byte[] bytes) {
        requireSize(bytes);
        List<List<String>> rows = parse(bytes);
        if (rows.size() > MAX_ROWS + 1) {
            throw problem("evaluation.file.tooManyRows", MAX_ROWS);
        }
        if (rows.size() < 2) {
            throw problem("evaluation.file.empty");
        }
        return rows;
    }

    /** The row's cell, or "" where the row is shorter. */
    static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    static InvalidInputException problem(String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem("file", key, List.of(arguments))));
    }
}
