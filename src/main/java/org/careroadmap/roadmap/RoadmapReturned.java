package org.careroadmap.roadmap;

import java.time.Instant;

/** 差戻し: the prefecture returned a submitted roadmap with a comment saying what to fix. */
public record RoadmapReturned(long roadmapId, String comment, String actor, String actorRole, Instant at,
                              String municipalityCode) implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.RETURN;
    }
}
