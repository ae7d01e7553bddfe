package org.careroadmap.platform.csv;

import java.util.List;

/**
 * A decoded, parsed CSV file: the encoding it was read in (shown to the person who uploaded it) and its
 * non-blank rows, the header (if any) first.
 */
public record CsvTable(String encoding, List<CsvRecord> records) {

    public CsvTable {
        records = List.copyOf(records);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** The rows after the header row. */
    public List<CsvRecord> dataRows() {
        return records.isEmpty() ? List.of() : records.subList(1, records.size());
    }
}
