package org.careroadmap.roadmap;

import java.time.Instant;

/** A frozen copy of a roadmap, kept at every submission and publication: 第N版. */
public record RoadmapSnapshot(long id, long roadmapId, int number, RoadmapStatus kind, String templateId,
                              Instant createdAt, String createdBy) {
}
