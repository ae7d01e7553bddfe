package org.careroadmap.roadmap;

import java.time.Instant;

/** 取り下げ: the municipality took back a submission before the prefecture acted on it; the roadmap is a draft again. */
public record RoadmapWithdrawn(long roadmapId, String municipalityCode, String actor, String actorRole, Instant at)
        implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.WITHDRAW;
    }
}
