package org.careroadmap.evaluation;

import java.util.List;

import org.careroadmap.platform.csv.CsvException;
import org.careroadmap.platform.csv.CsvLimits;
import org.careroadmap.platform.csv.CsvReader;
import org.careroadmap.platform.csv.CsvRecord;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;

/**
 * The bounds every uploaded list of the evaluation shares (criteria, 住民の実感, base figures): not empty, at
 * most 1 MB and 500 data rows, readable as UTF-8 or Shift_JIS; a file outside them is refused before a row is read.
 */
final class CsvUpload {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 500;
    private static final CsvLimits LIMITS = CsvLimits.of(MAX_BYTES, MAX_ROWS);

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

    /**
     * The file's non-blank rows, read by the platform's one CSV reader; an undecodable file, an open quote or
     * too many rows or columns is a problem of the field {@code file}, in this module's words.
     */
    static List<List<String>> parse(byte[] bytes) {
        try {
            return CsvReader.read(bytes, LIMITS).records().stream().map(CsvRecord::fields).toList();
        } catch (CsvException e) {
            throw problem(e.messageKey("evaluation.file"), e.arguments());
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
