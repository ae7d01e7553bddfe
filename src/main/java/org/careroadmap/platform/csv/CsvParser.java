package org.careroadmap.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records as spreadsheets write them: fields separated by commas, quoted fields that hold commas,
 * doubled quotes and line breaks, CRLF or LF (or CR) line ends. Blank rows are left out and not counted.
 * A quote left open is an error, not a silent merge of the rest of the file into one field.
 */
final class CsvParser {

    private final String text;
    private final CsvLimits limits;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean quoted;
    private boolean fieldStarted;
    private int line = 1;
    private int recordLine = 1;

    private CsvParser(String text, CsvLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    static List<CsvRecord> parse(String text, CsvLimits limits) {
        return new CsvParser(text, limits).records();
    }

    private List<CsvRecord> records() {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                i = inQuotes(c, i);
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                endField();
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException(CsvException.Problem.UNCLOSED_QUOTE, recordLine);
        }
        if (fieldStarted || !fields.isEmpty()) {
            endRecord();
        }
        return records;
    }

    /** One character inside quotes; returns the index of the last character consumed. */
    private int inQuotes(char c, int i) {
        if (c != '"') {
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
            field.append(c);
            return i;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            return i + 1;
        }
        quoted = false;
        return i;
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        if (fields.size() > limits.maxColumns()) {
            throw new CsvException(CsvException.Problem.TOO_MANY_COLUMNS, recordLine, limits.maxColumns());
        }
    }

    private void endRecord() {
        endField();
        CsvRecord record = new CsvRecord(recordLine, fields);
        fields = new ArrayList<>();
        if (record.blank()) {
            return;
        }
        // The header is one row more than the data rows the limit counts.
        if (records.size() > limits.maxDataRows()) {
            throw new CsvException(CsvException.Problem.TOO_MANY_ROWS, limits.maxDataRows());
        }
        records.add(record);
    }
}
