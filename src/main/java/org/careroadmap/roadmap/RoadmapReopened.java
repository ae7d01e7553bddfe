package org.careroadmap.roadmap;

import java.time.Instant;

/** 改訂: an accepted or published roadmap became a draft again; the published version stays public. */
public record RoadmapReopened(long roadmapId, String municipalityCode, String actor, String actorRole, Instant at)
        implements ReviewStepTaken {

    @Override
    public LifecycleStep step() {
        return LifecycleStep.REOPEN;
    }
}
