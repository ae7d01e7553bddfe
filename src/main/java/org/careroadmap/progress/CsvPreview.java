package org.careroadmap.progress;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.FieldProblem;

/**
 * What an uploaded activity CSV would add: the rows as read, or every problem with its row and field.
 * Only a preview without problems has a token, under which it waits in the database for confirmation.
 */
public record CsvPreview(@Nullable String token, long roadmapId, int rowCount, List<Activity> firstRows, List<FieldProblem> problems) {

    public static final int SHOWN_ROWS = 50;

    public CsvPreview {
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
    }

    public boolean applicable() {
        return token != null && problems.isEmpty();
    }
}
