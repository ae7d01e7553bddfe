package org.careroadmap.platform.csv;

import java.util.List;

/**
 * One row of a CSV file: the 1-based line it starts on (a quoted field may span lines), for messages
 * that name it, and its fields as written.
 */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more");
        }
        fields = List.copyOf(fields);
    }

    /** The field at a 0-based index, or "" when the row is shorter (trailing empty columns are often cut). */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    public boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
