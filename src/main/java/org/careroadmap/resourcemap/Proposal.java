package org.careroadmap.resourcemap;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A provider's proposed content for one resource: every field as the provider wants it ({@link ContentFields}
 * names), waiting ({@code PENDING}) or decided ({@code APPROVED}, {@code PARTIAL}, {@code REJECTED}).
 */
public record Proposal(long id, long resourceId, String municipalityCode, Map<String, String> fields, @Nullable String note,
                       String proposedBy, Instant proposedAt, String status, @Nullable String decidedBy,
                       @Nullable Instant decidedAt, @Nullable String decision) {

    public static final String PENDING = "PENDING";

    public boolean pending() {
        return PENDING.equals(status);
    }
}
