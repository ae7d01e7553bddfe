package org.careroadmap.roadmap;

import java.time.Instant;

/** 受理: the prefecture accepted a submitted roadmap. */
public record RoadmapAccepted(long roadmapId, String municipalityCode, String actor, String actorRole, Instant at)
        implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.ACCEPT;
    }
}
