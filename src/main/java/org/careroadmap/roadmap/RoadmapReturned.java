package org.careroadmap.roadmap;

import java.time.Instant;

/** The prefecture returned a submitted roadmap with a comment (published inside the transaction). */
public record RoadmapReturned(long roadmapId, String comment, String actor, String actorRole, Instant at) {
}
