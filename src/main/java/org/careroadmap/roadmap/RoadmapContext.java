package org.careroadmap.roadmap;

import java.time.Clock;

import org.careroadmap.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the roadmap's use cases (reads, editing, lifecycle, saving a change) work with: the access policy, the
 * stores of roadmaps, documents, kept summaries and snapshots, the bulk reader, the municipalities, the event
 * bus and the clock. One bean, so each use-case service names only what is particular to it.
 */
@Component
record RoadmapContext(RoadmapAccess access, RoadmapRepository roadmaps, RoadmapDocuments documents,
                      RoadmapSummaryStore summaries, SnapshotStore snapshots, RoadmapBulkReader bulk,
                      ReferenceData reference, ApplicationEventPublisher events, Clock clock) {
}
