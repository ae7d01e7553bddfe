package org.careroadmap.spreadsheet;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Where the current person may import a sheet, checked before any file is read: into a roadmap they may edit
 * that is still editable, or as the new roadmap of their own municipality. Also names the importer, since a
 * preview is its maker's alone.
 */
@Service
public class ImportTargets {

    private final RoadmapReads roadmaps;
    private final ReferenceData reference;
    private final CurrentActor actors;

    ImportTargets(RoadmapReads roadmaps, ReferenceData reference, CurrentActor actors) {
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.actors = actors;
    }

    /**
     * The roadmap a sheet may be imported into now: one the current person may edit (else 403) and that is
     * still editable (else {@code RoadmapLockedException}, 409).
     */
    public RoadmapDocument roadmap(long roadmapId) {
        RoadmapDocument doc = roadmaps.get(roadmapId);
        roadmaps.requireEditable(doc);
        return doc;
    }

    /** The municipality whose new roadmap a sheet may become: only its own editor may (else 403). */
    public Municipality municipality(String municipalityCode) {
        Actor actor = actors.get();
        if (!actor.application() && actor.role() != Role.MUNICIPALITY_EDITOR) {
            throw new AccessDeniedException("only a municipality's editor starts its roadmaps");
        }
        Municipality municipality = known(municipalityCode);
        if (!actor.canEdit(municipality.code().value())) {
            throw new AccessDeniedException("may not start roadmaps for " + municipality.code().value());
        }
        return municipality;
    }

    /** Whether the municipality already has a roadmap of this edition, which a sheet may not create again. */
    boolean hasRoadmap(Municipality municipality, RoadmapTemplate template) {
        return roadmaps.list(ListScope.municipality(municipality.code())).stream()
                .anyMatch(s -> s.template().id().equals(template.id()));
    }

    /** The person importing, as the history records people: the owner of the previews they make. */
    String importer() {
        return actors.get().recordedName();
    }

    private Municipality known(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code)).orElseThrow(MunicipalityNotFoundException::new);
        } catch (InvalidValueException e) {
            throw new MunicipalityNotFoundException();
        }
    }
}
