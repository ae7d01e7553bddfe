package org.careroadmap.roadmap;

/**
 * Something another module shows beside a roadmap's chart (e.g. the review's comment threads),
 * without the roadmap module knowing that module: it names a model attribute and supplies its value.
 */
public interface ChartPanel {

    String name();

    Object model(RoadmapDocument document);

    /**
     * A string that changes whenever what the panel shows for a roadmap may have changed, read from the
     * database; signed-in charts are kept in memory per version of the roadmap and of every panel. The
     * default, {@code null}, means "cannot tell": charts are then built for every request.
     */
    default String version(long roadmapId) {
        return null;
    }

    /**
     * For panels the public sees on a published chart: a string that changes whenever that may have changed, read
     * from the database. Published charts are kept in memory per roadmap version and these strings (the roadmap
     * module's PublishedPageCache). The default, {@code null}, means the panel shows the public nothing.
     */
    default String publicVersion(long roadmapId) {
        return null;
    }
}
