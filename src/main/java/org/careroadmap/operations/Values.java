package org.careroadmap.operations;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

import org.careroadmap.operations.DatabaseTables.Kind;
import org.jspecify.annotations.Nullable;

/**
 * How one column value is written in the archive, so that it reads back the same on H2 and
 * PostgreSQL: text as text, whole numbers as JSON numbers, decimals as exact strings, times as
 * ISO-8601 strings, bytes as Base64, and SQL NULL as JSON null.
 */
final class Values {

    private Values() {
    }

    /** The archive form of column {@code index} of the current row. */
    static @Nullable Object read(ResultSet rs, int index, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case STRING, OTHER -> rs.getString(index);
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(index);
                yield d == null ? null : d.toPlainString();
            }
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> text(rs.getObject(index, LocalDate.class));
            case TIME -> text(rs.getObject(index, LocalTime.class));
            case TIMESTAMP -> text(rs.getObject(index, LocalDateTime.class));
            case TIMESTAMP_TZ -> text(rs.getObject(index, OffsetDateTime.class));
            case BINARY -> {
                byte[] bytes = rs.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
        };
        return rs.wasNull() ? null : value;
    }

    /**
     * The Java value for an archive value, checking it has the column's kind.
     *
     * @throws IllegalArgumentException when the value cannot be of that kind
     */
    static @Nullable Object decode(@Nullable Object json, Kind kind) {
        if (json == null) {
            return null;
        }
        try {
            return switch (kind) {
                case STRING, OTHER -> (String) json;
                case INTEGER -> {
                    if (json instanceof Integer || json instanceof Long || json instanceof Short) {
                        yield ((Number) json).longValue();
                    }
                    throw new IllegalArgumentException("not a whole number");
                }
                case DECIMAL -> new BigDecimal((String) json);
                case DOUBLE -> ((Number) json).doubleValue();
                case BOOLEAN -> (Boolean) json;
                case DATE -> LocalDate.parse((String) json);
                case TIME -> LocalTime.parse((String) json);
                case TIMESTAMP -> LocalDateTime.parse((String) json);
                case TIMESTAMP_TZ -> OffsetDateTime.parse((String) json);
                case BINARY -> Base64.getDecoder().decode((String) json);
            };
        } catch (ClassCastException | java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a " + kind.name().toLowerCase() + " value", e);
        }
    }

    static void bind(PreparedStatement statement, int index, @Nullable Object value, DatabaseTables.Column target) throws SQLException {
        if (value == null) {
            statement.setNull(index, target.sqlType());
            return;
        }
        switch (target.kind()) {
            case STRING -> statement.setString(index, (String) value);
            case OTHER -> statement.setObject(index, value, Types.OTHER);
            case INTEGER, DECIMAL, DOUBLE, BOOLEAN -> statement.setObject(index, value, target.sqlType());
            case BINARY -> statement.setBytes(index, (byte[]) value);
            default -> statement.setObject(index, value);
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
