package org.careroadmap.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Reads every part of a kept page's state in ONE statement ({@code SELECT (q1), (q2), …}): each part used to be
 * its own query, and a kept signed-in chart made ten of them (issue 17). Read from the database on every request,
 * so a change saved through any node is seen at once by every node.
 */
@Component
public class StateReads {

    private final JdbcClient jdbc;

    StateReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers joined by '|' in the order given, or null when one of them is null ("cannot tell"). */
    public @Nullable String read(List<StateQuery> parts) {
        return joined(answers(parts));
    }

    /** Each query's answer as the database gives it (null included), in the order given; known values as they are. */
    public List<Object> answers(List<StateQuery> parts) {
        StringJoiner columns = new StringJoiner(", ", "SELECT ", "");
        List<Object> params = new ArrayList<>();
        for (StateQuery part : parts) {
            if (part.sql() != null) {
                columns.add("(" + part.sql() + ")");
                params.addAll(part.params());
            }
        }
        List<Object> read = parts.stream().allMatch(p -> p.sql() == null) ? List.of()
                : jdbc.sql(columns.toString()).params(params).query(StateReads::row).single();
        List<Object> answers = new ArrayList<>(parts.size());
        int column = 0;
        for (StateQuery part : parts) {
            answers.add(part.sql() == null ? part.known() : read.get(column++));
        }
        return answers;
    }

    /** The answers joined by '|', or null when one of them is null. */
    public static @Nullable String joined(List<Object> answers) {
        StringBuilder state = new StringBuilder();
        for (Object value : answers) {
            if (value == null) {
                return null;
            }
            state.append(value).append('|');
        }
        return state.toString();
    }

    private static List<Object> row(ResultSet row, int rowNumber) throws SQLException {
        int count = row.getMetaData().getColumnCount();
        List<Object> answers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            answers.add(row.getObject(i));
        }
        return answers;
    }
}
