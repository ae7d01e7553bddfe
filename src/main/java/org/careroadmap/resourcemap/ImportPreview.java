package org.careroadmap.resourcemap;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 取り込み内容の確認: what an uploaded open-data file would change, resource by resource and field by field,
 * and every problem by line and column. Nothing is saved until the editor confirms; a file with problems
 * cannot be applied at all.
 */
public record ImportPreview(String token, String municipalityCode, String dataset, String layout, String encoding,
                            String fileName, int recordCount, List<Problem> problems, List<String> ignoredColumns,
                            List<Planned> planned, Instant createdAt, @Nullable Instant appliedAt) {

    public enum Action { ADD, CHANGE, SAME }

    /** {@code line} 0 means the file as a whole. */
    public record Problem(int line, String column, String messageKey, List<Object> arguments) {
    }

    public record Planned(int line, String sourceId, String name, Action action, List<ContentFields.Change> changes) {
    }

    public boolean applicable() {
        return problems.isEmpty() && appliedAt == null && !planned.isEmpty();
    }

    public long count(Action action) {
        return planned.stream().filter(p -> p.action() == action).count();
    }
}
