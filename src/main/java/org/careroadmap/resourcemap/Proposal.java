package org.careroadmap.resourcemap;

import java.time.Instant;
import java.util.Map;

/**
 * A provider's proposed content for one resource: every field as the provider wants it ({@link ContentFields}
 * names), waiting ({@code PENDING}) or decided ({@code APPROVED}, {@code PARTIAL}, {@code REJECTED}).
 */
public record Proposal(long id, long resourceId, String municipalityCode, Map<String, String> fields, String note,
                       String proposedBy, Instant proposedAt, String status, String decidedBy, Instant decidedAt,
                       String decision) {

    public static final String PENDING = "PENDING";

    public boolean pending() {
        return PENDING.equals(status);
    }
}
