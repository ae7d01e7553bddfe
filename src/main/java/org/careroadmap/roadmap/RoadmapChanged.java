package org.careroadmap.roadmap;

import java.time.Instant;

/** Published after every saved change to a roadmap, for history, review and publication to react to. */
public record RoadmapChanged(long roadmapId, String municipalityCode, long version, String change, Instant at) {
}
