package org.careroadmap.operations;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * Loads a proved archive into the tables of one connection's transaction: first refuses a target
 * of another schema or one where people have worked, then replaces every table's rows and moves
 * the identity counters past the restored ids. The caller rolls everything back on any failure.
 */
final class ArchiveRestore {

    private static final int BATCH = 500;

    private final BackupArchiveReader reader;

    ArchiveRestore(BackupArchiveReader reader) {
        this.reader = reader;
    }

    void load(Connection con, ZipFile zip, Manifest manifest, String schemaVersion) throws SQLException, IOException {
        List<DatabaseTables.Table> targetTables = DatabaseTables.read(con);
        Map<String, DatabaseTables.Table> target = DatabaseTables.byName(targetTables);
        RestoreTarget.requireSameSchema(manifest, schemaVersion, target);
        RestoreTarget.requireEmpty(con, target);
        deleteAll(con, manifest);
        Map<String, Manifest.TableEntry> entries = manifest.tables().stream()
                .collect(Collectors.toMap(Manifest.TableEntry::name, t -> t));
        for (DatabaseTables.Table table : targetTables) {
            // RestoreTarget checked that the archive holds exactly this installation's tables and columns.
            insert(con, zip, Objects.requireNonNull(entries.get(table.name()), "checked: same tables"), table);
        }
        for (DatabaseTables.Table table : targetTables) {
            for (DatabaseTables.Column column : table.columns()) {
                if (column.identity()) {
                    IdentityCounters.restartAfterMax(con, table.name(), column.name());
                }
            }
        }
    }

    /** Migrations fill reference data; the archive's copy replaces it. Children go first. */
    private static void deleteAll(Connection con, Manifest manifest) throws SQLException {
        List<Manifest.TableEntry> childrenFirst = new ArrayList<>(manifest.tables());
        Collections.reverse(childrenFirst);
        for (Manifest.TableEntry entry : childrenFirst) {
            try (var statement = con.createStatement()) {
                statement.executeUpdate("DELETE FROM " + entry.name());
            }
        }
    }

    private void insert(Connection con, ZipFile zip, Manifest.TableEntry entry, DatabaseTables.Table table)
            throws SQLException, IOException {
        List<String> names = entry.columns().stream().map(Manifest.ColumnEntry::name).toList();
        Map<String, DatabaseTables.Column> targetColumns = table.columns().stream()
                .collect(Collectors.toMap(DatabaseTables.Column::name, c -> c));
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            int[] pending = {0};
            reader.readRows(zip, entry, row -> {
                try {
                    for (int i = 0; i < row.length; i++) {
                        Values.bind(statement, i + 1, row[i],
                                Objects.requireNonNull(targetColumns.get(names.get(i)), "checked: same columns"));
                    }
                    statement.addBatch();
                    if (++pending[0] == BATCH) {
                        statement.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new IOException(new SQLExceptionWrapper(table.name(), e));
                }
            });
            if (pending[0] > 0) {
                statement.executeBatch();
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLExceptionWrapper wrapper) {
                throw wrapper.cause;
            }
            throw e;
        }
    }

    /** Carries an SQL failure through the row reader, which may only throw IOException. */
    private static final class SQLExceptionWrapper extends Exception {
        final SQLException cause;

        SQLExceptionWrapper(String table, SQLException cause) {
            super(table, cause);
            this.cause = cause;
        }
    }
}
