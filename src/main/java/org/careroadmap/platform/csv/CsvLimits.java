package org.careroadmap.platform.csv;

/**
 * How much of an uploaded CSV is read: its size in bytes, its data rows (after one header row) and the
 * fields of one row. Bounds are the caller's, so each upload states its own.
 *
 * @param maxBytes    the largest file accepted
 * @param maxDataRows the most non-blank rows after the header
 * @param maxColumns  the most fields in one row
 */
public record CsvLimits(long maxBytes, int maxDataRows, int maxColumns) {

    /** Wide enough for any real sheet while still bounding the memory one row can take. */
    public static final int DEFAULT_MAX_COLUMNS = 1_000;

    public CsvLimits {
        if (maxBytes <= 0 || maxDataRows <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("CSV limits must be positive");
        }
    }

    public static CsvLimits of(long maxBytes, int maxDataRows) {
        return new CsvLimits(maxBytes, maxDataRows, DEFAULT_MAX_COLUMNS);
    }
}
