package org.careroadmap.review;

import org.careroadmap.reference.Municipality;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;

/** One municipality on the prefecture's dashboard: its roadmap in the round (if any) and what needs attention. */
public record DashboardRow(Municipality municipality, RoadmapSummary roadmap, int unresolvedComments, boolean overdue) {

    public RoadmapStatus status() {
        return roadmap == null ? null : roadmap.status();
    }

    public boolean hasRoadmap() {
        return roadmap != null;
    }
}
