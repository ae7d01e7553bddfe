package org.careroadmap.history;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One recorded change to a roadmap: who, when, what, and the values before and after. Never edited. */
public record AuditEntry(long id, long roadmapId, long roadmapVersion, Instant at, String actor, String action,
                         String targetType, String targetId, String targetLabel, Map<String, String> before,
                         Map<String, String> after) {

    /** The fields whose value differs, in the order they were recorded. */
    public List<String> changedFields() {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
    }
}
