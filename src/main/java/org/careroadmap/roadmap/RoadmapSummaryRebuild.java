package org.careroadmap.roadmap;

import java.util.List;

import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the kept summaries up to date at start, before the node reports ready: after migration V5
 * on existing data, after a restore, or when roadmaps were written around the roadmap services
 * (bulk loads). Lists stay correct without it (they compute what is stale), only slower.
 */
@Component
class RoadmapSummaryRebuild {

    private static final Logger log = LoggerFactory.getLogger(RoadmapSummaryRebuild.class);
    private static final int CHUNK = 200;

    private final RoadmapSummaryStore summaries;
    private final RoadmapBulkReader bulk;
    private final SnapshotStore snapshots;
    private final ReferenceData reference;
    private final TransactionTemplate transaction;

    RoadmapSummaryRebuild(RoadmapSummaryStore summaries, RoadmapBulkReader bulk,
                          SnapshotStore snapshots, ReferenceData reference, TransactionTemplate transaction) {
        this.summaries = summaries;
        this.bulk = bulk;
        this.snapshots = snapshots;
        this.reference = reference;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildStale() {
        int rebuilt = rebuild();
        if (rebuilt > 0) {
            log.info("Rebuilt {} roadmap summaries", rebuilt);
        }
    }

    /** Rewrites every stale or missing summary; returns how many were written. */
    int rebuild() {
        int written = 0;
        List<Long> stale = summaries.staleLive();
        for (int from = 0; from < stale.size(); from += CHUNK) {
            List<Long> chunk = stale.subList(from, Math.min(stale.size(), from + CHUNK));
            written += inTransaction(() -> {
                int n = 0;
                for (Roadmap roadmap : bulk.byIds(chunk)) {
                    summaries.write(roadmap, template(roadmap), RoadmapSummaryStore.View.LIVE, roadmap.version());
                    n++;
                }
                return n;
            });
        }
        for (Long id : summaries.stalePublished()) {
            written += inTransaction(() -> bulk.byId(id).flatMap(snapshots::publishedVersion).map(published -> {
                summaries.write(published.roadmap(), template(published.roadmap()), RoadmapSummaryStore.View.PUBLISHED,
                        published.snapshotId());
                return 1;
            }).orElse(0));
        }
        return written;
    }

    /** Another node starting at the same time may write the same summaries: its copy is as good. */
    private int inTransaction(java.util.function.Supplier<Integer> work) {
        try {
            Integer n = transaction.execute(status -> work.get());
            return n == null ? 0 : n;
        } catch (DataAccessException writtenByAnotherNode) {
            log.info("Roadmap summaries were being rebuilt by another node: {}", writtenByAnotherNode.getClass().getSimpleName());
            return 0;
        }
    }

    private RoadmapTemplate template(Roadmap roadmap) {
        return reference.template(roadmap.templateId())
                .orElseThrow(() -> new IllegalStateException("template missing: " + roadmap.templateId()));
    }
}
