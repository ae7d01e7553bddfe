package org.careroadmap.roadmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap use cases, one public method each. Every read and change is checked against the
 * current actor: a roadmap the actor may not know of is "not found"; one they may read but not
 * change is "forbidden". Every change names the version the caller last saw; a change based on an
 * older version is refused with {@link ConcurrentEditException}. Each saved change publishes a
 * {@link RoadmapChanged} inside the same transaction, so its history record commits with it.
 */
@Service
@Transactional
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentActor currentActor;

    RoadmapService(RoadmapRepository roadmaps, ReferenceData reference, ApplicationEventPublisher events,
                   Clock clock, CurrentActor currentActor) {
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    /** Every roadmap the current actor may read. */
    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        Actor actor = currentActor.get();
        Map<String, Municipality> municipalities = new HashMap<>();
        reference.municipalities().forEach(m -> municipalities.put(m.code().value(), m));
        Map<String, RoadmapTemplate> templates = new HashMap<>();
        reference.templates().forEach(t -> templates.put(t.id(), t));
        return roadmaps.findAll().stream()
                .filter(r -> readable(actor, r))
                .map(r -> summarise(r, municipalities.get(r.municipalityCode().value()), templates.get(r.templateId())))
                .sorted(Comparator.comparing((RoadmapSummary s) -> s.municipality().code().value())
                        .thenComparing(RoadmapSummary::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoadmapDocument get(long id) {
        return document(loadReadable(id));
    }

    /** Whether the current actor may change this roadmap (for showing or hiding edit controls). */
    @Transactional(readOnly = true)
    public boolean mayEdit(RoadmapDocument document) {
        return currentActor.get().canEdit(document.roadmap().municipalityCode().value());
    }

    public RoadmapDocument create(String municipalityCode, String templateId) {
        List<FieldProblem> problems = new ArrayList<>();
        MunicipalityCode code = null;
        try {
            code = MunicipalityCode.parse(municipalityCode);
            if (reference.municipality(code).isEmpty()) {
                problems.add(new FieldProblem("municipalityCode", "municipality.unknown", List.of(code.value())));
            }
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of("municipalityCode", e));
        }
        RoadmapTemplate template = templateId == null ? null : reference.template(templateId).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("templateId", "template.unknown", List.of(String.valueOf(templateId))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!currentActor.get().canEdit(code.value())) {
            throw new AccessDeniedException("may not create roadmaps for " + code.value());
        }
        String codeValue = code.value();
        if (roadmaps.findByMunicipalityCode(codeValue).stream().anyMatch(r -> r.templateId().equals(templateId))) {
            throw new InvalidInputException(List.of(new FieldProblem("templateId", "roadmap.duplicate", List.of())));
        }
        Roadmap saved = roadmaps.save(Roadmap.start(code, template, clock));
        publish(saved, new Change("roadmap.created", "ROADMAP", null, template.name(), Map.of(),
                Snapshots.roadmap(saved)));
        return document(saved);
    }

    public RoadmapDocument addItem(long id, long expectedVersion, ItemInput input) {
        return change(id, expectedVersion, (r, t) -> {
            RoadmapItem item = r.addItem(input.toContent(t), t);
            return new Change("item.added", "ITEM", item.id(), item.title(), Map.of(), Snapshots.item(item));
        });
    }

    public RoadmapDocument changeItem(long id, long expectedVersion, String itemId, ItemInput input) {
        return change(id, expectedVersion, (r, t) -> {
            Map<String, String> before = Snapshots.item(r.requireItem(itemId));
            r.changeItem(itemId, input.toContent(t), t);
            RoadmapItem item = r.requireItem(itemId);
            return new Change("item.changed", "ITEM", itemId, item.title(), before, Snapshots.item(item));
        });
    }

    public RoadmapDocument removeItem(long id, long expectedVersion, String itemId) {
        return change(id, expectedVersion, (r, t) -> {
            RoadmapItem item = r.requireItem(itemId);
            Map<String, String> before = Snapshots.item(item);
            before.put("arrows", Integer.toString(item.arrows().size()));
            r.removeItem(itemId);
            return new Change("item.removed", "ITEM", itemId, item.title(), before, Map.of());
        });
    }

    /** Moves an item up (-1) or down (+1) within its category; 0 is refused as no direction. */
    public RoadmapDocument moveItem(long id, long expectedVersion, String itemId, int direction) {
        return change(id, expectedVersion, (r, t) -> {
            if (direction == 0) {
                throw new InvalidInputException(List.of(new FieldProblem("direction", "move.direction", List.of())));
            }
            RoadmapItem item = r.requireItem(itemId);
            Map<String, String> before = Snapshots.order(r, item);
            r.moveItem(itemId, direction);
            return new Change("item.moved", "ITEM", itemId, item.title(), before, Snapshots.order(r, item));
        });
    }

    public RoadmapDocument addArrow(long id, long expectedVersion, String itemId, ArrowInput input) {
        return change(id, expectedVersion, (r, t) -> {
            Arrow arrow = r.addArrow(itemId, input.toContent(t), t);
            return new Change("arrow.added", "ARROW", arrow.id(), r.requireItem(itemId).title() + " / " + arrow.label(),
                    Map.of(), Snapshots.arrow(arrow));
        });
    }

    public RoadmapDocument changeArrow(long id, long expectedVersion, String itemId, String arrowId, ArrowInput input) {
        return change(id, expectedVersion, (r, t) -> {
            RoadmapItem item = r.requireItem(itemId);
            Map<String, String> before = Snapshots.arrow(Roadmap.requireArrow(item, arrowId));
            r.changeArrow(itemId, arrowId, input.toContent(t), t);
            Arrow arrow = Roadmap.requireArrow(item, arrowId);
            return new Change("arrow.changed", "ARROW", arrowId, item.title() + " / " + arrow.label(), before,
                    Snapshots.arrow(arrow));
        });
    }

    public RoadmapDocument removeArrow(long id, long expectedVersion, String itemId, String arrowId) {
        return change(id, expectedVersion, (r, t) -> {
            RoadmapItem item = r.requireItem(itemId);
            Arrow arrow = Roadmap.requireArrow(item, arrowId);
            Map<String, String> before = Snapshots.arrow(arrow);
            r.removeArrow(itemId, arrowId);
            return new Change("arrow.removed", "ARROW", arrowId, item.title() + " / " + arrow.label(), before, Map.of());
        });
    }

    /**
     * Sets the roadmap's place in the prefecture's cycle. Until the review workflow arrives this is
     * for the prefecture's administrator (and demo data) only.
     */
    public RoadmapDocument changeStatus(long id, long expectedVersion, RoadmapStatus status) {
        Roadmap roadmap = loadReadable(id);
        if (!currentActor.get().canAdminister(roadmap.municipalityCode().prefectureCode())) {
            throw new AccessDeniedException("may not change the status");
        }
        return apply(roadmap, expectedVersion, (r, t) -> {
            Map<String, String> before = Map.of("status", r.status().name());
            r.changeStatus(status);
            return new Change("status.changed", "ROADMAP", null, status.name(), before, Map.of("status", status.name()));
        });
    }

    public void delete(long id, long expectedVersion) {
        Roadmap roadmap = loadEditable(id);
        requireVersion(roadmap, expectedVersion);
        Map<String, String> before = Snapshots.roadmap(roadmap);
        roadmaps.delete(roadmap);
        events.publishEvent(new RoadmapChanged(id, roadmap.municipalityCode().value(), roadmap.version(),
                "roadmap.deleted", "ROADMAP", null, roadmap.templateId(), before, Map.of(),
                currentActor.get().recordedName(), clock.instant()));
    }

    private RoadmapDocument change(long id, long expectedVersion, Edit edit) {
        return apply(loadEditable(id), expectedVersion, edit);
    }

    private RoadmapDocument apply(Roadmap roadmap, long expectedVersion, Edit edit) {
        requireVersion(roadmap, expectedVersion);
        Change change = edit.apply(roadmap, template(roadmap));
        roadmap.touch(clock);
        Roadmap saved;
        try {
            saved = roadmaps.save(roadmap);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(expectedVersion, expectedVersion + 1);
        }
        publish(saved, change);
        return document(saved);
    }

    private void publish(Roadmap saved, Change change) {
        events.publishEvent(new RoadmapChanged(saved.id(), saved.municipalityCode().value(), saved.version(),
                change.action(), change.targetType(), change.targetId(), change.targetLabel(), change.before(),
                change.after(), currentActor.get().recordedName(), clock.instant()));
    }

    private static void requireVersion(Roadmap roadmap, long expectedVersion) {
        if (roadmap.version() != expectedVersion) {
            throw new ConcurrentEditException(expectedVersion, roadmap.version());
        }
    }

    private Roadmap loadReadable(long id) {
        Roadmap roadmap = roadmaps.findById(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        if (!readable(currentActor.get(), roadmap)) {
            throw new RoadmapNotFoundException(id);
        }
        return roadmap;
    }

    private Roadmap loadEditable(long id) {
        Roadmap roadmap = loadReadable(id);
        if (!currentActor.get().canEdit(roadmap.municipalityCode().value())) {
            throw new AccessDeniedException("may not change roadmap " + id);
        }
        return roadmap;
    }

    private static boolean readable(Actor actor, Roadmap roadmap) {
        return actor.canRead(roadmap.municipalityCode().value(), roadmap.status() == RoadmapStatus.PUBLISHED);
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

    /** What one use case changed, for the history. */
    private record Change(String action, String targetType, String targetId, String targetLabel,
                          Map<String, String> before, Map<String, String> after) {
    }

    @FunctionalInterface
    private interface Edit {
        Change apply(Roadmap roadmap, RoadmapTemplate template);
    }
}
