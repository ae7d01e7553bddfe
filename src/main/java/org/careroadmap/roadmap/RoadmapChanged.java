package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Map;

/**
 * Published, within the changing transaction, for every saved change to a roadmap: who changed
 * what, and the values before and after (empty maps where there was nothing before or after).
 */
public record RoadmapChanged(long roadmapId, String municipalityCode, long version, String action, String targetType,
                             @Nullable String targetId, String targetLabel, Map<String, String> before,
                             Map<String, String> after, String actor, Instant at) {

    public RoadmapChanged {
        before = before == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = after == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
