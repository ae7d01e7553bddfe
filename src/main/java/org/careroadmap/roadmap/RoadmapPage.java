package org.careroadmap.roadmap;

import java.util.List;

/** One page of a roadmap list, and how many roadmaps the whole list holds. */
public record RoadmapPage(List<RoadmapSummary> summaries, int total) {

    public RoadmapPage {
        summaries = List.copyOf(summaries);
    }
}
