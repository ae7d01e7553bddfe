package org.careroadmap.evaluation;

import java.time.Clock;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every evaluation use case works with: the database, who is acting, the municipalities, the year's
 * evaluation sheet, the municipality's 日常生活圏域 and the clock. One bean, so each use-case service names
 * only what is particular to it (no proxy is needed here: it holds no transaction or access rule).
 */
@Component
record EvaluationContext(JdbcClient jdbc, CurrentActor currentActor, ReferenceData reference, EvaluationSheets sheets,
                         DailyLivingAreas areas, Clock clock) {
}
