package org.careroadmap.progress.web;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.progress.ProgressOverviews;
import org.careroadmap.progress.ProgressVersions;
import org.careroadmap.roadmap.ChartPanel;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.stereotype.Component;

/**
 * The public's chart shows each item's rating from the roadmap's latest published progress report (a mark and
 * its word, with the scale as a legend): {@code ${progressRatings}} in the chart template. The municipality's
 * staff and its prefecture see the live progress instead (ProgressChartPanel), so for them this is empty.
 */
@Component
record PublishedRatingsPanel(ProgressOverviews overviews, ProgressVersions versions, CurrentActor currentActor) implements ChartPanel {

    @Override
    public String name() {
        return "progressRatings";
    }

    @Override
    public @Nullable Object model(RoadmapDocument document) {
        if (currentActor.get().belongsTo(document.roadmap().municipalityCode().value())) {
            return null;
        }
        return overviews.publishedRatings(document.roadmap().id()).orElse(null);
    }

    @Override
    public StateQuery version(long roadmapId) {
        return versions.publishedStateQuery(roadmapId);
    }

    @Override
    public StateQuery publicVersion(long roadmapId) {
        return versions.publishedStateQuery(roadmapId);
    }
}
