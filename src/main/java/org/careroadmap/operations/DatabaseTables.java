package org.careroadmap.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The application's tables as the database describes them: columns with a portable kind, primary
 * key, identity columns and the order in which they can be filled (parents before children, by
 * their foreign keys). Names are lower case, as our unquoted SQL folds them on PostgreSQL.
 */
final class DatabaseTables {

    /**
     * Flyway's own bookkeeping, short-lived sessions and import previews, the progress of imports being read, and
     * the event publication registry (deliveries in flight, which a restored installation should not send again)
     * are not data worth keeping.
     */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "event_publication", "import_preview", "import_progress");

    enum Kind { STRING, INTEGER, DECIMAL, DOUBLE, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY, OTHER }

    record Column(String name, Kind kind, int sqlType, boolean identity) {
    }

    record Table(String name, List<Column> columns, List<String> primaryKey) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    enum Dialect { H2, POSTGRESQL, OTHER }

    private DatabaseTables() {
    }

    static Dialect dialect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? Dialect.POSTGRESQL : product.contains("h2") ? Dialect.H2 : Dialect.OTHER;
    }

    static String describe(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    /** Every table of the current schema that holds application data, parents first. */
    static List<Table> read(Connection connection) throws SQLException {
        SchemaCatalogue catalogue = new SchemaCatalogue(connection);
        Map<String, String> actualNames = catalogue.tableNames();
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> parents = new TreeMap<>();
        for (Map.Entry<String, String> entry : actualNames.entrySet()) {
            String name = entry.getKey();
            String actual = entry.getValue();
            tables.put(name, new Table(name, catalogue.columns(name, actual), catalogue.primaryKey(actual)));
            parents.put(name, catalogue.parents(name, actual, actualNames.keySet()));
        }
        return parentsFirst(tables, parents);
    }

    static @Nullable String postgresSequence(Connection connection, String table, String column) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Tables ordered so that every table comes after those its foreign keys point to; ties by name. */
    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, Set<String>> parents) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
                    ordered.add(tables.get(name));
                    placed.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle between tables " + tables.keySet());
            }
        }
        return ordered;
    }

    /** PostgreSQL's driver reports {@code timestamptz} as a plain TIMESTAMP; its type name tells. */
    static int sqlType(int reported, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (reported == Types.TIMESTAMP && (name.equals("timestamptz") || name.contains("with time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return reported;
    }

    static Kind kind(int sqlType) {
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> Kind.STRING;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> Kind.OTHER;
        };
    }

    /** The single number a {@code SELECT COUNT(*)} or {@code SELECT MAX(...)} answers. */
    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Map<String, Table> byName(List<Table> tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        tables.forEach(t -> map.put(t.name(), t));
        return map;
    }
}
