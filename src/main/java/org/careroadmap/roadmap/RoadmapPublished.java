package org.careroadmap.roadmap;

import java.time.Instant;

/** 公開: an accepted roadmap was published (actor "system": a publication made before this system, recorded at setup). */
public record RoadmapPublished(long roadmapId, String municipalityCode, String actor, String actorRole, Instant at)
        implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.PUBLISH;
    }
}
