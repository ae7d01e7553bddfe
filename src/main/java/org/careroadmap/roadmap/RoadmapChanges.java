package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.sql.Timestamp;
import java.util.Map;

import org.careroadmap.platform.CurrentActor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saves a changed roadmap and records the change: the kept list summary is rewritten and a
 * {@link RoadmapChanged} is published inside the same transaction, so its history record commits
 * with it. A change based on an older version than the stored one ends in {@link ConcurrentEditException}.
 */
@Component
class RoadmapChanges {

    private final RoadmapContext context;
    private final CurrentActor currentActor;
    private final JdbcClient jdbc;

    RoadmapChanges(RoadmapContext context, CurrentActor currentActor, JdbcClient jdbc) {
        this.context = context;
        this.currentActor = currentActor;
        this.jdbc = jdbc;
    }

    /** What one use case changed, for the history. */
    record Change(String action, String targetType, @Nullable String targetId, String targetLabel,
                  Map<String, String> before, Map<String, String> after) {
    }

    static void requireVersion(Roadmap roadmap, long expectedVersion) {
        if (roadmap.version() != expectedVersion) {
            throw new ConcurrentEditException(expectedVersion, roadmap.version());
        }
    }

    /** Saves the roadmap; someone else's save since its version was checked ends in 409, not a lost update. */
    Roadmap save(Roadmap roadmap, long expectedVersion) {
        roadmap.touch(context.clock());
        try {
            return context.roadmaps().save(roadmap);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(expectedVersion, expectedVersion + 1);
        }
    }

    /** Saves the roadmap and records the change. */
    Roadmap save(Roadmap roadmap, long expectedVersion, Change change) {
        Roadmap saved = save(roadmap, expectedVersion);
        record(saved, change);
        return saved;
    }

    /**
     * Saves a review step and records it. A step changes only the roadmap's own row (status, time, version), so it is
     * one UPDATE: saving the aggregate would delete and insert every item and arrow again. The version check is the
     * same as {@link #save(Roadmap, long)}'s: someone else's save since {@code expectedVersion} ends in 409.
     */
    Roadmap saveStep(Roadmap roadmap, long expectedVersion, Change change) {
        roadmap.touch(context.clock());
        long next = expectedVersion + 1;
        int updated = jdbc.sql("UPDATE roadmap SET status = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?")
                .params(roadmap.status().name(), Timestamp.from(roadmap.updatedAt()), next, roadmap.id(), expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConcurrentEditException(expectedVersion, next);
        }
        roadmap.storedAs(next);
        record(roadmap, change);
        return roadmap;
    }

    /** Records a change to a roadmap already saved: its list summary and its history entry. */
    void record(Roadmap saved, Change change) {
        context.summaries().write(saved, context.documents().template(saved), RoadmapSummaryStore.View.LIVE, saved.version());
        context.events().publishEvent(new RoadmapChanged(saved.id(), saved.municipalityCode().value(), saved.version(),
                change.action(), change.targetType(), change.targetId(), change.targetLabel(), change.before(),
                change.after(), currentActor.get().recordedName(), context.clock().instant()));
    }

    /** Deletes a roadmap; its history is kept. */
    void delete(Roadmap roadmap) {
        Map<String, String> before = Snapshots.roadmap(roadmap);
        context.roadmaps().delete(roadmap);
        context.events().publishEvent(new RoadmapChanged(roadmap.id(), roadmap.municipalityCode().value(), roadmap.version(),
                "roadmap.deleted", "ROADMAP", null, roadmap.templateId(), before, Map.of(),
                currentActor.get().recordedName(), context.clock().instant()));
    }
}
