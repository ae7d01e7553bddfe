package org.careroadmap.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.careroadmap.operations.DatabaseTables.Column;
import org.careroadmap.operations.DatabaseTables.Dialect;
import org.careroadmap.operations.DatabaseTables.Kind;

/**
 * The metadata queries of one schema for {@link DatabaseTables}; each result set is closed before the next
 * query, so a look-up never waits for a second connection while the first holds an open result.
 */
record SchemaCatalogue(Connection connection, DatabaseMetaData meta, String catalog, String schema,
        Dialect dialect) {

    SchemaCatalogue(Connection connection) throws SQLException {
        this(connection, connection.getMetaData(), connection.getCatalog(), connection.getSchema(), DatabaseTables.dialect(connection));
    }

    /** Lower-case name to the name as the database spells it, without the tables not worth keeping. */
    Map<String, String> tableNames() throws SQLException {
        Map<String, String> actualNames = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String actual = rs.getString("TABLE_NAME");
                String name = actual.toLowerCase(Locale.ROOT);
                if (!DatabaseTables.NOT_BACKED_UP.contains(name)) {
                    actualNames.put(name, actual);
                }
            }
        }
        return actualNames;
    }

    List<Column> columns(String name, String actual) throws SQLException {
        List<ListedColumn> listed = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, actual, "%")) {
            while (rs.next()) {
                listed.add(new ListedColumn(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"),
                        DatabaseTables.sqlType(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")),
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        // The sequence look-up is another query: only once the column list is closed.
        listed.sort(Comparator.comparingInt(ListedColumn::position));
        List<Column> columns = new ArrayList<>();
        for (ListedColumn column : listed) {
            String lowerName = column.name().toLowerCase(Locale.ROOT);
            Kind kind = DatabaseTables.kind(column.sqlType());
            boolean identity = column.autoIncrement() || dialect == Dialect.POSTGRESQL && kind == Kind.INTEGER
                    && DatabaseTables.postgresSequence(connection, name, lowerName) != null;
            columns.add(new Column(lowerName, kind, column.sqlType(), identity));
        }
        return List.copyOf(columns);
    }

    List<String> primaryKey(String actual) throws SQLException {
        TreeMap<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, actual)) {
            while (rs.next()) {
                keyColumns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(keyColumns.values());
    }

    /** The other kept tables this one's foreign keys point to. */
    Set<String> parents(String name, String actual, Set<String> keptTables) throws SQLException {
        Set<String> tableParents = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, actual)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(name) && keptTables.contains(parent)) {
                    tableParents.add(parent);
                }
            }
        }
        return tableParents;
    }

    /** A column as the metadata lists it, read before anything else is asked of the connection. */
    private record ListedColumn(int position, String name, int sqlType, boolean autoIncrement) {
    }
}
