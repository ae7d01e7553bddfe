package org.careroadmap.operations;

import java.util.List;

/**
 * The archive's table of contents, {@code manifest.json}: which installation schema it comes
 * from, and for every table its file, columns, number of rows and SHA-256 of the file's bytes.
 * Each table file holds one JSON array per line, one value per column in the listed order.
 */
record Manifest(String format, int formatVersion, String createdAt, String schemaVersion, String sourceDatabase,
                List<TableEntry> tables) {

    static final String FORMAT = "care-roadmap-backup";
    static final int FORMAT_VERSION = 1;
    static final String FILE = "manifest.json";

    record TableEntry(String name, String file, long rows, String sha256, List<ColumnEntry> columns) {

        static String fileOf(String table) {
            return "tables/" + table + ".jsonl";
        }
    }

    record ColumnEntry(String name, DatabaseTables.Kind kind) {
    }
}
