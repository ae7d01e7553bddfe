package org.careroadmap.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A count of changes kept in a keyed row of a table {@code (key, changes)}: raised inside the transaction that
 * changes what it stands for, and read by pages kept in memory to tell whether what they show may have changed. The
 * row is in the database, so a change saved through any node moves the count for every node at its commit.
 * Each module keeps its own table and its own name for its count (progress's ProgressChangeCount, publication's
 * PortalChanges, the evaluation's publication count); this is the one way such a count is raised and read.
 * <p>
 * A transaction raises a row once, at its first change, however many rows it writes (an import of 20,000 resources
 * is one raise): readers see the count move at the commit, together with everything the transaction wrote, and the
 * row's lock, taken by that first raise, orders the transactions that change the same thing until their commits.
 */
public final class ChangeCounter {

    private final JdbcClient jdbc;
    private final String table;
    private final String keyColumn;
    /** Where a missing row's key comes from (a table {@code p} with the column {@code code}); null: never missing. */
    private final @Nullable String newRowSource;

    private ChangeCounter(JdbcClient jdbc, String table, String keyColumn, @Nullable String newRowSource) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.newRowSource = newRowSource;
    }

    /**
     * A count per prefecture, rows {@code (prefecture_code, changes)}: the table's migration makes a row for every
     * prefecture, and any other two-digit code gets its row at its first change.
     */
    public static ChangeCounter perPrefecture(JdbcClient jdbc, String table) {
        return new ChangeCounter(jdbc, table, "prefecture_code", "(SELECT CAST(? AS VARCHAR(2)) AS code) p WHERE 1 = 1");
    }

    /**
     * A count per prefecture whose rows reference the {@code prefecture} table: a prefecture added after the migration
     * (a data set load) gets its row at its first change, a code of no prefecture none.
     */
    public static ChangeCounter perKnownPrefecture(JdbcClient jdbc, String table) {
        return new ChangeCounter(jdbc, table, "prefecture_code", "prefecture p WHERE p.code = ?");
    }

    /** One count for the whole installation: the table's one row {@code (id = 1, changes)}, made by its migration. */
    public static ChangeCounter single(JdbcClient jdbc, String table) {
        return new ChangeCounter(jdbc, table, "id", null);
    }

    /** Raises the prefecture's count, once in this transaction. */
    public void raise(String prefectureCode) {
        raiseRow(prefectureCode);
    }

    /** Raises the single count, once in this transaction. */
    public void raise() {
        raiseRow(1);
    }

    /** The prefecture's count (0 for one never changed). */
    public long of(String prefectureCode) {
        return jdbc.sql("SELECT changes FROM " + table + " WHERE " + keyColumn + " = ?").param(prefectureCode)
                .query(Long.class).optional().orElse(0L);
    }

    /** Every row's count together, for what covers the whole country. */
    public long sum() {
        return jdbc.sql("SELECT COALESCE(SUM(changes), 0) FROM " + table).query(Long.class).single();
    }

    private void raiseRow(Object key) {
        TransactionMemory.remembered(new Raised(table, key), () -> {
            increment(key);
            return Boolean.TRUE;
        });
    }

    private void increment(Object key) {
        int changed = jdbc.sql("UPDATE " + table + " SET changes = changes + 1 WHERE " + keyColumn + " = ?").param(key)
                .update();
        if (changed == 0 && newRowSource != null) {
            // Two first changes at the same instant end in the key's conflict, which answers 409 like any race.
            jdbc.sql("INSERT INTO " + table + " (" + keyColumn + ", changes) SELECT p.code, 1 FROM " + newRowSource
                            + " AND NOT EXISTS (SELECT 1 FROM " + table + " c WHERE c." + keyColumn + " = p.code)")
                    .param(key).update();
        }
    }

    /** The key under which a transaction remembers that it raised a row. */
    private record Raised(String table, Object key) {
    }
}
