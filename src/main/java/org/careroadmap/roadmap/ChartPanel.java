package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.StateQuery;

/**
 * Something another module shows beside a roadmap's chart (e.g. the review's comment threads),
 * without the roadmap module knowing that module: it names a model attribute and supplies its value.
 */
public interface ChartPanel {

    String name();

    /** The panel's model attribute for this roadmap; null when it has nothing to show. */
    @Nullable Object model(RoadmapDocument document);

    /**
     * What changes whenever what the panel shows anyone for a roadmap may have changed: signed-in charts are kept in
     * memory per state of the roadmap and of every panel, all read in one statement (platform's StateReads), so a
     * panel adds a scalar sub-query, not a round trip. Every panel must say (no default); a NULL answer means
     * "cannot tell", and the chart is built for that request.
     */
    StateQuery version(long roadmapId);

    /**
     * For panels the public sees on a published chart: what changes whenever that may have changed. Published charts
     * are kept in memory per roadmap version and these states (the roadmap module's PublishedPageCache). The
     * default, {@code null}, means the panel shows the public nothing.
     */
    default @Nullable StateQuery publicVersion(long roadmapId) {
        return null;
    }
}
