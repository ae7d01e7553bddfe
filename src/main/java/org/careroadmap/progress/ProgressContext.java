package org.careroadmap.progress;

import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.stereotype.Component;

/**
 * What the progress use cases that read across roadmaps and municipalities work with: the guard (who may see
 * and record what, and the one place changes are recorded), the store of activities, indicators, evaluations
 * and the prefecture's lists, the store of reports and rounds, the roadmaps (through the roadmap module's
 * reads) and the municipalities. One bean, so each use-case service names only what is particular to it
 * (a record: it holds no transaction or access rule of its own).
 */
@Component
record ProgressContext(ProgressGuard guard, ProgressStore store, ReportStore reportStore, RoadmapReads roadmaps,
                       ReferenceData reference) {
}
