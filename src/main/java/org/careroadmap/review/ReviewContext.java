package org.careroadmap.review;

import java.time.Clock;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review's use cases (rounds, reminders, comments, the dashboard) work with: the database, who is
 * acting, the municipalities, the roadmaps as their readers may see them, the event bus and the clock. One
 * bean, so each service names only what is particular to it.
 */
@Component
record ReviewContext(JdbcClient jdbc, CurrentActor currentActor, ReferenceData reference, RoadmapReads roadmaps,
                     ApplicationEventPublisher events, Clock clock) {
}
