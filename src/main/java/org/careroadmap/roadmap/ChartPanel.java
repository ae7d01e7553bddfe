package org.careroadmap.roadmap;

/**
 * Something another module shows beside a roadmap's chart (e.g. the review's comment threads),
 * without the roadmap module knowing that module: it names a model attribute and supplies its value.
 */
public interface ChartPanel {

    String name();

    Object model(RoadmapDocument document);
}
