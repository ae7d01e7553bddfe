package org.careroadmap.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** After a restore, the next generated id comes after the highest restored one, on H2 and PostgreSQL. */
final class IdentityCounters {

    private static final Logger log = LoggerFactory.getLogger(IdentityCounters.class);

    private IdentityCounters() {
    }

    static void restartAfterMax(Connection con, String table, String column) throws SQLException {
        long max = DatabaseTables.count(con, "SELECT COALESCE(MAX(" + column + "), 0) FROM " + table);
        switch (DatabaseTables.dialect(con)) {
            case H2 -> {
                try (var statement = con.createStatement()) {
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
                }
            }
            case POSTGRESQL -> {
                String sequence = DatabaseTables.postgresSequence(con, table, column);
                if (sequence != null) {
                    try (PreparedStatement set = con.prepareStatement("SELECT setval(?, ?, ?)")) {
                        set.setString(1, sequence);
                        set.setLong(2, Math.max(max, 1));
                        set.setBoolean(3, max > 0);
                        set.execute();
                    }
                }
            }
            default -> log.warn("Cannot move the identity counter of {}.{} on this database", table, column);
        }
    }
}
