package org.careroadmap.roadmap;

import java.util.function.Supplier;

import org.careroadmap.platform.CurrentActor;

/** Test set-up through the real use cases, run as the application itself (no one signed in). */
final class RoadmapFixtures {

    static final String DEMO_PASSWORD = "demo-pass-2026";

    private RoadmapFixtures() {
    }

    static <T> T asSystem(Supplier<T> work) {
        return CurrentActor.asSystem(work);
    }

    static RoadmapDocument freshRoadmap(RoadmapReads roadmaps, RoadmapEditing editing, String municipalityCode, String templateId) {
        return asSystem(() -> {
            roadmaps.list().stream()
                    .filter(s -> s.municipality().code().value().equals(municipalityCode)
                            && s.template().id().equals(templateId))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return editing.create(municipalityCode, templateId);
        });
    }

    static RoadmapDocument read(RoadmapReads roadmaps, long id) {
        return asSystem(() -> roadmaps.get(id));
    }

    static long ikiId(RoadmapReads roadmaps) {
        return asSystem(() -> roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")
                && s.template().id().equals("nagasaki-8-9")).findFirst().orElseThrow().id());
    }
}
