package org.careroadmap.roadmap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Puts Iki City's real roadmap (from the seed) into an empty database, through the same use cases
 * a person's edits go through, so the demo can never hold what the editor would refuse.
 */
@Component
@org.springframework.core.annotation.Order(100)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String IKI = "demo/iki-roadmap.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RoadmapService roadmaps;
    private final ObjectMapper json;

    DemoDataLoader(RoadmapService roadmaps, ObjectMapper json) {
        this.roadmaps = roadmaps;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.asSystem(() -> {
            if (!roadmaps.list().isEmpty()) {
                return null;
            }
            RoadmapDocument loaded = load(read(IKI));
            // Iki City's real roadmap is public, as the prefecture publishes each municipality's status.
            roadmaps.recordAlreadyPublished(loaded.roadmap().id(), loaded.roadmap().version());
            log.info("Demo data loaded: roadmap {} with {} items", loaded.roadmap().id(), loaded.roadmap().items().size());
            return null;
        });
    }

    DemoRoadmap read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, DemoRoadmap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RoadmapDocument load(DemoRoadmap demo) {
        RoadmapDocument doc = roadmaps.create(demo.municipalityCode(), demo.templateId());
        long id = doc.roadmap().id();
        for (DemoRoadmap.Item item : demo.items()) {
            doc = roadmaps.addItem(id, doc.roadmap().version(), new ItemInput(item.category(), item.title(),
                    item.targetVision(), item.achievementYear(), item.measures()));
            String itemId = doc.roadmap().items().stream()
                    .filter(i -> i.title().equals(item.title().strip())).reduce((a, b) -> b).orElseThrow().id();
            for (DemoRoadmap.DemoArrow arrow : item.arrows()) {
                doc = roadmaps.addArrow(id, doc.roadmap().version(), itemId,
                        new ArrowInput(arrow.label(), arrow.start(), arrow.end(), Boolean.TRUE.equals(arrow.continues())));
            }
        }
        return doc;
    }
}
