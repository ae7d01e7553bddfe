package org.careroadmap.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of the state a page kept in memory depends on: a scalar SQL query (one column, at most one row, portable
 * between H2 and PostgreSQL) whose answer changes whenever what that part of the page shows may have changed, or a
 * value known without the database (e.g. this fiscal year). {@link StateReads} reads all parts of a page in one
 * statement, so a module that adds something to a kept page adds a sub-query, not a round trip. An answer of
 * {@code NULL} means "cannot tell" (e.g. no such roadmap): the page is then built as usual.
 */
public record StateQuery(@Nullable String sql, List<Object> params, @Nullable String known) {

    public StateQuery {
        if (sql == null) {
            Objects.requireNonNull(known, "a state needs a query or a known value");
            params = List.of();
        } else {
            if (known != null || !sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT ")) {
                throw new IllegalArgumentException("a state query is one SELECT: " + sql);
            }
            params = List.copyOf(params);
        }
    }

    /** A scalar query with its parameters (never null: a state that depends on nothing is {@link #known}). */
    public static StateQuery of(String sql, Object... params) {
        return new StateQuery(sql, Arrays.asList(params), null);
    }

    /** A state known without asking the database. */
    public static StateQuery known(String value) {
        return new StateQuery(null, List.of(), value);
    }
}
