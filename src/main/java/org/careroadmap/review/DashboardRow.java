package org.careroadmap.review;

import org.careroadmap.reference.Municipality;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;
import org.jspecify.annotations.Nullable;

/** One municipality on the prefecture's dashboard: its roadmap in the round (if any) and what needs attention. */
public record DashboardRow(Municipality municipality, @Nullable RoadmapSummary roadmap, int unresolvedComments, boolean overdue,
                           java.util.Map<String, DashboardCell> added) {

    public DashboardRow(Municipality municipality, @Nullable RoadmapSummary roadmap, int unresolvedComments, boolean overdue) {
        this(municipality, roadmap, unresolvedComments, overdue, java.util.Map.of());
    }

    /** The cell of a column another module adds ({@link DashboardColumns}); empty when it has none. */
    public DashboardCell cell(String key) {
        return added.getOrDefault(key, DashboardCell.EMPTY);
    }

    public @Nullable RoadmapStatus status() {
        return roadmap == null ? null : roadmap.status();
    }

    public boolean hasRoadmap() {
        return roadmap != null;
    }
}
