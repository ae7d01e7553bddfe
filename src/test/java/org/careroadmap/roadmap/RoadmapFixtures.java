package org.careroadmap.roadmap;

/** Starts a clean roadmap for a municipality, removing any left by an earlier test. */
final class RoadmapFixtures {

    private RoadmapFixtures() {
    }

    static RoadmapDocument freshRoadmap(RoadmapService roadmaps, String municipalityCode, String templateId) {
        roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(municipalityCode)
                        && s.template().id().equals(templateId))
                .forEach(s -> roadmaps.delete(s.id(), s.version()));
        return roadmaps.create(municipalityCode, templateId);
    }

    static long ikiId(RoadmapService roadmaps) {
        return roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100"))
                .findFirst().orElseThrow().id();
    }
}
