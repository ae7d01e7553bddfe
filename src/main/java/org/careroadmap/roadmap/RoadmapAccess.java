package org.careroadmap.roadmap;

import java.util.Objects;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which roadmap: every read and write of the roadmap services loads through
 * here. A roadmap the actor may not know of is "not found" (404); one they may read but not change
 * is "forbidden" (403); one whose status forbids the change is "locked" (409). The review cycle's
 * own steps are guarded by {@link LifecycleStep}'s table inside {@link Roadmap}.
 */
@Component
class RoadmapAccess {

    private final RoadmapBulkReader bulk;
    private final SnapshotStore snapshots;
    private final CurrentActor currentActor;

    RoadmapAccess(RoadmapBulkReader bulk, SnapshotStore snapshots, CurrentActor currentActor) {
        this.bulk = bulk;
        this.snapshots = snapshots;
        this.currentActor = currentActor;
    }

    Actor actor() {
        return currentActor.get();
    }

    /** The live roadmap, for someone who may read it live (its own staff, the prefecture, or anyone once published). */
    Roadmap readable(long id) {
        Roadmap roadmap = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        if (!readable(actor(), roadmap)) {
            throw new RoadmapNotFoundException(id);
        }
        return roadmap;
    }

    /** The live roadmap, for its municipality's editor while its status allows editing. */
    Roadmap editable(long id) {
        Roadmap roadmap = readable(id);
        requireEditable(roadmap);
        return roadmap;
    }

    /** The live roadmap, for its own municipality's staff and the prefecture only (versions, history). */
    Roadmap ownStaffs(long id) {
        Roadmap roadmap = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        if (!actor().belongsTo(roadmap.municipalityCode().value())) {
            throw new RoadmapNotFoundException(id);
        }
        return roadmap;
    }

    /**
     * The roadmap as the actor may see it: the live one for its own staff and the prefecture, else
     * the last published version (the public keeps seeing that while a revision is drafted).
     */
    Roadmap visible(long id) {
        Roadmap live = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        return visibleVersion(actor(), live).orElseThrow(() -> new RoadmapNotFoundException(id));
    }

    Optional<Roadmap> visibleVersion(Actor actor, Roadmap live) {
        if (readable(actor, live)) {
            return Optional.of(live);
        }
        return snapshots.publishedVersion(live).map(SnapshotStore.PublishedVersion::roadmap);
    }

    boolean mayEdit(Roadmap roadmap) {
        return roadmap.status().editable() && actor().canEdit(roadmap.municipalityCode().value());
    }

    /** 403 for someone who may not edit, 409 for a roadmap locked by its status. */
    void requireEditable(Roadmap roadmap) {
        if (!actor().canEdit(roadmap.municipalityCode().value())) {
            throw new AccessDeniedException("may not change roadmap " + roadmap.id());
        }
        if (!roadmap.status().editable()) {
            throw new RoadmapLockedException(roadmap.status(), "lifecycle.locked.detail");
        }
    }

    /** 403 unless the actor may create roadmaps for the municipality. */
    void requireMayCreate(String municipalityCode) {
        if (!actor().canEdit(municipalityCode)) {
            throw new AccessDeniedException("may not create roadmaps for " + municipalityCode);
        }
    }

    static boolean readable(Actor actor, Roadmap roadmap) {
        return actor.canRead(roadmap.municipalityCode().value(), roadmap.status() == RoadmapStatus.PUBLISHED);
    }

    /** The municipalities whose unpublished roadmaps the actor may read, as a LIKE pattern. */
    static String ownPattern(Actor actor) {
        if (actor.application()) {
            return "%";
        }
        if (actor.role() == null || !actor.role().isStaff()) {
            return "-";
        }
        return actor.role().isPrefectureRole() ? actor.requiredPrefectureCode() + "%"
                : Objects.requireNonNull(actor.municipalityCode(), "municipal staff belong to a municipality");
    }
}
