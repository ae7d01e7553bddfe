package org.careroadmap.resourcemap;

import org.careroadmap.platform.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the resource map's use cases that change a resource on someone's behalf work with: the resources (their
 * access rules, clock and reads), the history every change is recorded in, the database, who is acting and the
 * module's events. One bean, so each use case names only what is particular to it (no proxy is needed here: it
 * holds no transaction or access rule).
 */
@Component
record ResourceMapContext(ResourceService resources, ResourceHistory history, JdbcClient jdbc, CurrentActor actors,
                          ApplicationEventPublisher events) {
}
