package org.careroadmap.roadmap;

import java.util.function.Supplier;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;

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

    /** A new draft with one item in every category A–H, each with one continuing arrow over 2024–2026. */
    static RoadmapDocument draftWithAnItemAndAnArrowInEveryCategory(RoadmapEditing editing, String municipalityCode,
            String templateId) {
        return asSystem(() -> {
            RoadmapDocument doc = editing.create(municipalityCode, templateId);
            long id = doc.roadmap().id();
            for (CategoryCode c : CategoryCode.values()) {
                doc = editing.addItem(id, doc.roadmap().version(), new ItemInput(c.name(), c.nameJa() + "の項目",
                        "目指す姿", "2026", "推進方策"));
                String item = doc.roadmap().itemsIn(c).get(0).id();
                doc = editing.addArrow(id, doc.roadmap().version(), item, new ArrowInput("継続の取組", "2024", "2026", true));
            }
            return doc;
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
