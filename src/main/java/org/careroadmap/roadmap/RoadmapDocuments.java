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
}
