package org.careroadmap.spreadsheet;

import java.util.Objects;

import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.springframework.stereotype.Service;

/**
 * Confirming an import: the held preview is applied in one transaction of the roadmap's editing, all or
 * nothing, only by the person who made it and only if the roadmap is still at the version it was made from.
 */
@Service
public class ImportConfirmation {

    private final PreviewStore previews;
    private final ImportTargets targets;
    private final RoadmapEditing editing;

    ImportConfirmation(PreviewStore previews, ImportTargets targets, RoadmapEditing editing) {
        this.previews = previews;
        this.targets = targets;
        this.editing = editing;
    }

    /**
     * Applies a previewed import. The token is used up either way; if the roadmap changed since the preview, a
     * {@code ConcurrentEditException} says so and nothing is saved.
     */
    public RoadmapDocument apply(String token) {
        ImportPreview preview = previews.take(token, targets.importer()).orElseThrow(PreviewNotFoundException::new);
        Long roadmapId = preview.roadmapId();
        if (roadmapId == null) {
            // Only a preview with a template is ever held (SpreadsheetImports.held), so a new roadmap's edition is known.
            RoadmapTemplate template = Objects.requireNonNull(preview.template(), "held previews name their edition");
            return editing.createWithItems(preview.municipality().code().value(), template.id(), preview.items());
        }
        return editing.replaceItems(roadmapId, preview.baseVersion(), preview.items());
    }
}
