package org.careroadmap.roadmap;

import java.time.Instant;

/**
 * A step of the review cycle that was taken on a roadmap, published inside the transaction that
 * saved it (after the roadmap's {@link RoadmapChanged}), so a listener's writes commit or roll back
 * with the step. {@code actor} is the recorded name ("system" for the application itself) and
 * {@code actorRole} the role it acted in ("SYSTEM" for the application).
 */
public sealed interface ReviewStepTaken
        permits RoadmapSubmitted, RoadmapWithdrawn, RoadmapReturned, RoadmapAccepted, RoadmapPublished, RoadmapReopened {

    long roadmapId();

    String municipalityCode();

    String actor();

    String actorRole();

    Instant at();

    LifecycleStep step();
}
