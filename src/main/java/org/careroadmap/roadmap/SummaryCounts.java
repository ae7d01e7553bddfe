package org.careroadmap.roadmap;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * What a list shows of one view of a roadmap, as kept in {@code roadmap_summary}: items per
 * category, rule errors and warnings, and the state and time of the view.
 */
record SummaryCounts(String templateId, RoadmapStatus status, Instant updatedAt,
                     Map<CategoryCode, Integer> itemsPerCategory, int itemCount, int errorCount, int warningCount) {

    SummaryCounts {
        itemsPerCategory = Map.copyOf(itemsPerCategory);
    }

    static SummaryCounts of(Roadmap roadmap, RoadmapTemplate template) {
        Map<CategoryCode, Integer> counts = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            counts.put(c, roadmap.itemsIn(c).size());
        }
        List<Finding> findings = TemplateRuleChecker.check(roadmap, template);
        int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new SummaryCounts(roadmap.templateId(), roadmap.status(), roadmap.updatedAt(), counts,
                roadmap.items().size(), errors, findings.size() - errors);
    }
}
