package org.careroadmap.roadmap;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap use cases, one public method each. Every change names the version the caller
 * last saw; a change based on an older version is refused with {@link ConcurrentEditException}.
 */
@Service
@Transactional
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, ReferenceData reference, ApplicationEventPublisher events,
                   Clock clock) {
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        Map<String, Municipality> municipalities = new java.util.HashMap<>();
        reference.municipalities().forEach(m -> municipalities.put(m.code().value(), m));
        Map<String, RoadmapTemplate> templates = new java.util.HashMap<>();
        reference.templates().forEach(t -> templates.put(t.id(), t));
        return roadmaps.findAll().stream()
                .map(r -> summarise(r, municipalities.get(r.municipalityCode().value()), templates.get(r.templateId())))
                .sorted(java.util.Comparator.comparing((RoadmapSummary s) -> s.municipality().code().value())
                        .thenComparing(RoadmapSummary::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoadmapDocument get(long id) {
        return document(load(id));
    }

    public RoadmapDocument create(String municipalityCode, String templateId) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        MunicipalityCode code = null;
        try {
            code = MunicipalityCode.parse(municipalityCode);
            if (reference.municipality(code).isEmpty()) {
                problems.add(new FieldProblem("municipalityCode", "municipality.unknown", List.of(code.value())));
            }
        } catch (org.careroadmap.reference.InvalidValueException e) {
            problems.add(FieldProblem.of("municipalityCode", e));
        }
        RoadmapTemplate template = templateId == null ? null : reference.template(templateId).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("templateId", "template.unknown", List.of(String.valueOf(templateId))));
        }
        if (problems.isEmpty()) {
            String codeValue = code.value();
            boolean exists = roadmaps.findByMunicipalityCode(codeValue).stream()
                    .anyMatch(r -> r.templateId().equals(templateId));
            if (exists) {
                problems.add(new FieldProblem("templateId", "roadmap.duplicate", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Roadmap saved = roadmaps.save(Roadmap.start(code, template, clock));
        published(saved, "created");
        return document(saved);
    }

    public RoadmapDocument addItem(long id, long expectedVersion, ItemInput input) {
        return change(id, expectedVersion, "item.added", (r, t) -> r.addItem(input.toContent(t), t));
    }

    public RoadmapDocument changeItem(long id, long expectedVersion, String itemId, ItemInput input) {
        return change(id, expectedVersion, "item.changed", (r, t) -> r.changeItem(itemId, input.toContent(t), t));
    }

    public RoadmapDocument removeItem(long id, long expectedVersion, String itemId) {
        return change(id, expectedVersion, "item.removed", (r, t) -> r.removeItem(itemId));
    }

    public RoadmapDocument moveItem(long id, long expectedVersion, String itemId, int direction) {
        return change(id, expectedVersion, "item.moved", (r, t) -> r.moveItem(itemId, direction));
    }

    public RoadmapDocument addArrow(long id, long expectedVersion, String itemId, ArrowInput input) {
        return change(id, expectedVersion, "arrow.added", (r, t) -> r.addArrow(itemId, input.toContent(t), t));
    }

    public RoadmapDocument changeArrow(long id, long expectedVersion, String itemId, String arrowId, ArrowInput input) {
        return change(id, expectedVersion, "arrow.changed",
                (r, t) -> r.changeArrow(itemId, arrowId, input.toContent(t), t));
    }

    public RoadmapDocument removeArrow(long id, long expectedVersion, String itemId, String arrowId) {
        return change(id, expectedVersion, "arrow.removed", (r, t) -> r.removeArrow(itemId, arrowId));
    }

    /**
     * Replaces all items of a roadmap at once — a confirmed spreadsheet import. Every item and arrow is
     * read first and all problems are reported together (fields {@code items[i].title},
     * {@code items[i].arrows[j].startYear}, …); then either everything is applied or nothing is.
     * A replacement that changes nothing saves nothing and keeps the version.
     */
    public RoadmapDocument replaceItems(long id, long expectedVersion, List<ImportedItem> items) {
        Roadmap roadmap = load(id);
        requireVersion(roadmap, expectedVersion);
        RoadmapTemplate template = template(roadmap);
        List<ItemReplacement> replacements = read(items, template);
        if (!roadmap.replaceItems(replacements, template)) {
            return document(roadmap);
        }
        roadmap.touch(clock);
        Roadmap saved;
        try {
            saved = roadmaps.save(roadmap);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(expectedVersion, load(id).version());
        }
        published(saved, "items.replaced");
        return document(saved);
    }

    /**
     * Starts a roadmap for a municipality and template edition already holding {@code items} — a
     * spreadsheet imported as a new roadmap. One transaction: if any item is refused, no roadmap is created.
     */
    public RoadmapDocument createWithItems(String municipalityCode, String templateId, List<ImportedItem> items) {
        RoadmapTemplate template = templateId == null ? null : reference.template(templateId).orElse(null);
        List<ItemReplacement> replacements = template == null ? List.of() : read(items, template);
        if (replacements.stream().anyMatch(r -> r.existingItemId() != null)) {
            throw new IllegalArgumentException("a new roadmap has no existing items");
        }
        Roadmap roadmap = create(municipalityCode, templateId).roadmap();
        roadmap.replaceItems(replacements, template);
        roadmap.touch(clock);
        Roadmap saved = roadmaps.save(roadmap);
        published(saved, "items.replaced");
        return document(saved);
    }

    private static List<ItemReplacement> read(List<ImportedItem> items, RoadmapTemplate template) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        List<ItemReplacement> replacements = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ImportedItem imported = items.get(i);
            String prefix = "items[" + i + "].";
            ItemContent content = null;
            try {
                content = imported.item().toContent(template);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(prefixed(prefix, p)));
            }
            List<ArrowContent> arrows = new java.util.ArrayList<>();
            for (int j = 0; j < imported.arrows().size(); j++) {
                try {
                    arrows.add(imported.arrows().get(j).toContent(template));
                } catch (InvalidInputException e) {
                    String arrowPrefix = prefix + "arrows[" + j + "].";
                    e.problems().forEach(p -> problems.add(prefixed(arrowPrefix, p)));
                }
            }
            if (content != null) {
                replacements.add(new ItemReplacement(imported.existingItemId(), content, arrows));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return replacements;
    }

    private static FieldProblem prefixed(String prefix, FieldProblem problem) {
        return new FieldProblem(prefix + problem.field(), problem.messageKey(), problem.arguments());
    }

    public void delete(long id, long expectedVersion) {
        Roadmap roadmap = load(id);
        requireVersion(roadmap, expectedVersion);
        roadmaps.delete(roadmap);
        events.publishEvent(new RoadmapChanged(id, roadmap.municipalityCode().value(), roadmap.version(), "deleted",
                clock.instant()));
    }

    private RoadmapDocument change(long id, long expectedVersion, String what, Edit edit) {
        Roadmap roadmap = load(id);
        requireVersion(roadmap, expectedVersion);
        edit.apply(roadmap, template(roadmap));
        roadmap.touch(clock);
        Roadmap saved;
        try {
            saved = roadmaps.save(roadmap);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(expectedVersion, load(id).version());
        }
        published(saved, what);
        return document(saved);
    }

    private void published(Roadmap saved, String what) {
        events.publishEvent(new RoadmapChanged(saved.id(), saved.municipalityCode().value(), saved.version(), what,
                clock.instant()));
    }

    private static void requireVersion(Roadmap roadmap, long expectedVersion) {
        if (roadmap.version() != expectedVersion) {
            throw new ConcurrentEditException(expectedVersion, roadmap.version());
        }
    }

    private Roadmap load(long id) {
        return roadmaps.findById(id).orElseThrow(() -> new RoadmapNotFoundException(id));
    }

    private RoadmapTemplate template(Roadmap roadmap) {
        return reference.template(roadmap.templateId())
                .orElseThrow(() -> new IllegalStateException("template missing: " + roadmap.templateId()));
    }

    private RoadmapDocument document(Roadmap roadmap) {
        RoadmapTemplate template = template(roadmap);
        Municipality municipality = reference.municipality(roadmap.municipalityCode())
                .orElseThrow(() -> new IllegalStateException("municipality missing: " + roadmap.municipalityCode()));
        return new RoadmapDocument(roadmap, municipality, template, TemplateRuleChecker.check(roadmap, template));
    }

    private static RoadmapSummary summarise(Roadmap roadmap, Municipality municipality, RoadmapTemplate template) {
        Map<CategoryCode, Integer> counts = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            counts.put(c, roadmap.itemsIn(c).size());
        }
        List<Finding> findings = TemplateRuleChecker.check(roadmap, template);
        int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new RoadmapSummary(roadmap.id(), municipality, template, roadmap.status(), counts,
                roadmap.items().size(), errors, findings.size() - errors, roadmap.updatedAt(), roadmap.version());
    }

    @FunctionalInterface
    private interface Edit {
        void apply(Roadmap roadmap, RoadmapTemplate template);
    }

}
