package org.careroadmap.operations;

import java.time.Instant;
import java.util.List;

/** What an archive holds, as its manifest says (and, once checked, as its files prove). */
public record BackupSummary(Instant createdAt, String schemaVersion, String sourceDatabase, List<Table> tables) {

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public record Table(String name, long rows) {
    }
}
