package org.careroadmap.roadmap;

import java.time.Instant;

/** 提出: the municipality submitted its roadmap to the prefecture (a frozen version is kept). */
public record RoadmapSubmitted(long roadmapId, String municipalityCode, String actor, String actorRole, Instant at)
        implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.SUBMIT;
    }
}
