package org.careroadmap.roadmap;

import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.stereotype.Component;

/** A roadmap with what it is shown with: its municipality, its template edition and the rule findings. */
@Component
class RoadmapDocuments {

    private final ReferenceData reference;

    RoadmapDocuments(ReferenceData reference) {
        this.reference = reference;
    }

    RoadmapTemplate template(Roadmap roadmap) {
        return reference.template(roadmap.templateId())
                .orElseThrow(() -> new IllegalStateException("template missing: " + roadmap.templateId()));
    }

    RoadmapDocument document(Roadmap roadmap) {
        RoadmapTemplate template = template(roadmap);
        Municipality municipality = reference.municipality(roadmap.municipalityCode())
                .orElseThrow(() -> new IllegalStateException("municipality missing: " + roadmap.municipalityCode()));
        return new RoadmapDocument(roadmap, municipality, template, TemplateRuleChecker.check(roadmap, template));
    }

    /** The documents of several roadmaps, by id, with two reference queries whatever their number (for search). */
    java.util.Map<Long, RoadmapDocument> documents(java.util.Collection<Roadmap> roadmaps) {
        java.util.Map<Long, RoadmapDocument> documents = new java.util.HashMap<>();
        if (roadmaps.isEmpty()) {
            return documents;
        }
        java.util.Map<String, RoadmapTemplate> templates = new java.util.HashMap<>();
        reference.templates().forEach(t -> templates.put(t.id(), t));
        java.util.Map<String, Municipality> municipalities = new java.util.HashMap<>();
        reference.municipalities(roadmaps.stream().map(r -> r.municipalityCode().value()).distinct().toList())
                .forEach(m -> municipalities.put(m.code().value(), m));
        for (Roadmap roadmap : roadmaps) {
            RoadmapTemplate template = java.util.Objects.requireNonNull(templates.get(roadmap.templateId()),
                    () -> "template missing: " + roadmap.templateId());
            Municipality municipality = java.util.Objects.requireNonNull(municipalities.get(roadmap.municipalityCode().value()),
                    () -> "municipality missing: " + roadmap.municipalityCode());
            documents.put(roadmap.id(), new RoadmapDocument(roadmap, municipality, template, TemplateRuleChecker.check(roadmap, template)));
        }
        return documents;
    }
}
