package org.careroadmap.roadmap;

import java.time.Instant;
import java.util.function.Supplier;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.PublicationRule;

/**
 * Someone asking to take a review step: who, the version of the roadmap they last saw, the
 * prefecture's publication rule (asked only when 公開 needs it) and when.
 */
record ReviewStepRequest(Actor actor, long expectedVersion, Supplier<PublicationRule> rule, Instant at) {

    String name() {
        return actor.recordedName();
    }

    String role() {
        return actor.role() == null ? "SYSTEM" : actor.role().name();
    }
}
