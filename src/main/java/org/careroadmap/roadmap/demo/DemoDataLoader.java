package org.careroadmap.roadmap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.ObjectMapper;

/**
 * Puts Iki City's real roadmap (from the seed) into an empty database, through a use case a person's
 * edits go through — the whole roadmap at once, as a spreadsheet import creates one
 * ({@link RoadmapEditing#createWithItems}), with the same checks as adding each item and arrow — so
 * the demo can never hold what the editor would refuse. One save and one transaction instead of one
 * per item and arrow: this runs before the application reports itself ready.
 */
@Component
@org.springframework.core.annotation.Order(100)
record DemoDataLoader(RoadmapEditing editing, RoadmapLifecycle lifecycle, ObjectMapper json,
                      TransactionOperations transaction, JdbcClient jdbc,
                      Environment settings) implements ApplicationRunner {

    static final String IKI = "demo/iki-roadmap.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    @Override
    public void run(ApplicationArguments args) {
        // Asked here, not by a condition on the bean: a jar started from its build-time prepared context
        // (PreparedContext) keeps the beans the build had, and a deployment turns the demo off at run time.
        // Read from the settings: @Value on a record component would also land on its final field.
        if (!settings.getProperty("app.demo-data.enabled", Boolean.class, false)) {
            return;
        }
        // The transaction's result says whether the demo roadmap was loaded (not when any roadmap exists).
        CurrentActor.asSystem(() -> transaction.execute(status -> {
            // Not RoadmapReads.list(): that summarises every roadmap (rule checks included) at each restart.
            if (jdbc.sql("SELECT COUNT(*) FROM roadmap").query(Long.class).single() > 0) {
                return false;
            }
            RoadmapDocument loaded = load(read(IKI));
            // Iki City's real roadmap is public, as the prefecture publishes each municipality's status.
            lifecycle.recordAlreadyPublished(loaded.roadmap().id(), loaded.roadmap().version());
            log.info("Demo data loaded: roadmap {} with {} items", loaded.roadmap().id(), loaded.roadmap().items().size());
            return true;
        }));
    }

    DemoRoadmap read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, DemoRoadmap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RoadmapDocument load(DemoRoadmap demo) {
        List<ImportedItem> items = demo.items().stream().map(item -> new ImportedItem(null,
                new ItemInput(item.category(), item.title(), item.targetVision(), item.achievementYear(), item.measures()),
                item.arrows().stream().map(arrow -> new ArrowInput(arrow.label(), arrow.start(), arrow.end(),
                        Boolean.TRUE.equals(arrow.continues()))).toList())).toList();
        return editing.createWithItems(demo.municipalityCode(), demo.templateId(), items);
    }
}
