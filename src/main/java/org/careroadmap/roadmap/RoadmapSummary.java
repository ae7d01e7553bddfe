package org.careroadmap.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;

/** A roadmap as listed: whose, which template edition, its state, and how far it has got. */
public record RoadmapSummary(long id, Municipality municipality, RoadmapTemplate template, RoadmapStatus status,
                             Map<CategoryCode, Integer> itemsPerCategory, int itemCount, int errorCount,
                             int warningCount, Instant updatedAt, long version) {

    public RoadmapSummary {
        itemsPerCategory = Map.copyOf(itemsPerCategory);
    }

    public List<String> planPeriodLabels() {
        return template.periods().stream().map(p -> p.planLabel()).toList();
    }
}
