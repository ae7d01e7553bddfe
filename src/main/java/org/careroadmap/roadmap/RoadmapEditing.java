package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapChanges.Change;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a roadmap: starting one, its items and arrows, a whole item list replaced at once (a
 * confirmed spreadsheet import), deleting a draft. Only the municipality's editor edits, and only
 * while the roadmap is a draft or returned. Every change names the version the caller last saw; a
 * change based on an older version is refused with {@link ConcurrentEditException}.
 */
@Service
@Transactional
public class RoadmapEditing {

    private final RoadmapContext context;
    private final RoadmapChanges changes;

    RoadmapEditing(RoadmapContext context, RoadmapChanges changes) {
        this.context = context;
        this.changes = changes;
    }

    /** Starts an empty draft; one roadmap per municipality and template edition. */
    public RoadmapDocument create(@Nullable String municipalityCode, @Nullable String templateId) {
        return context.documents().document(start(municipalityCode, templateId));
    }

    /** Starts an empty draft and returns it as saved, for the use cases that fill it at once. */
    Roadmap start(@Nullable String municipalityCode, @Nullable String templateId) {
        List<FieldProblem> problems = new ArrayList<>();
        MunicipalityCode code = municipality(municipalityCode, problems);
        RoadmapTemplate template = templateId == null ? null : context.reference().template(templateId).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("templateId", "template.unknown", List.of(String.valueOf(templateId))));
        }
        if (code == null || template == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        context.access().requireMayCreate(code.value());
        if (context.roadmaps().findByMunicipalityCode(code.value()).stream().anyMatch(r -> r.templateId().equals(templateId))) {
            throw new InvalidInputException(List.of(new FieldProblem("templateId", "roadmap.duplicate", List.of())));
        }
        Roadmap saved = insertOnce(Roadmap.start(code, template, context.clock()));
        changes.record(saved, new Change("roadmap.created", "ROADMAP", null, template.name(), Map.of(),
                Snapshots.roadmap(saved)));
        return saved;
    }

    /** Saves a new roadmap; one that lost a race to the unique (municipality, edition) constraint answers 409. */
    private Roadmap insertOnce(Roadmap roadmap) {
        try {
            return context.roadmaps().save(roadmap);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new RoadmapExistsException();
            }
            throw e;
        }
    }

    /** SQLSTATE 23505 (unique violation) anywhere in the cause chain: the same on H2 and PostgreSQL. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException || (t instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private @Nullable MunicipalityCode municipality(@Nullable String municipalityCode, List<FieldProblem> problems) {
        try {
            MunicipalityCode code = MunicipalityCode.parse(municipalityCode);
            if (context.reference().municipality(code).isEmpty()) {
                problems.add(new FieldProblem("municipalityCode", "municipality.unknown", List.of(code.value())));
            }
            return code;
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of("municipalityCode", e));
            return null;
        }
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
            Map<String, String> before = Snapshots.arrow(item.requireArrow(arrowId));
            r.changeArrow(itemId, arrowId, input.toContent(t), t);
            Arrow arrow = item.requireArrow(arrowId);
            return new Change("arrow.changed", "ARROW", arrowId, item.title() + " / " + arrow.label(), before,
                    Snapshots.arrow(arrow));
        });
    }

    public RoadmapDocument removeArrow(long id, long expectedVersion, String itemId, String arrowId) {
        return change(id, expectedVersion, (r, t) -> {
            RoadmapItem item = r.requireItem(itemId);
            Arrow arrow = item.requireArrow(arrowId);
            Map<String, String> before = Snapshots.arrow(arrow);
            r.removeArrow(itemId, arrowId);
            return new Change("arrow.removed", "ARROW", arrowId, item.title() + " / " + arrow.label(), before, Map.of());
        });
    }

    /**
     * Replaces all items of a roadmap at once — a confirmed spreadsheet import — by the municipality's
     * editor, while the roadmap is editable. Every item and arrow is read first and all problems are
     * reported together (fields {@code items[i].title}, {@code items[i].arrows[j].startYear}, …); then
     * either everything is applied or nothing is. A replacement that changes nothing saves nothing and
     * keeps the version.
     */
    public RoadmapDocument replaceItems(long id, long expectedVersion, List<ImportedItem> items) {
        Roadmap roadmap = context.access().editable(id);
        RoadmapChanges.requireVersion(roadmap, expectedVersion);
        RoadmapTemplate template = context.documents().template(roadmap);
        List<ItemReplacement> replacements = ImportedItems.read(items, template);
        Map<String, String> before = Snapshots.roadmap(roadmap);
        if (!roadmap.replaceItems(replacements, template)) {
            return context.documents().document(roadmap);
        }
        return context.documents().document(changes.save(roadmap, expectedVersion, replaced(template, before, roadmap)));
    }

    /**
     * Starts a roadmap for a municipality and template edition already holding {@code items} — a
     * spreadsheet imported as a new roadmap — under the same rules as {@link #create}. One transaction:
     * if any item is refused, no roadmap is created.
     */
    public RoadmapDocument createWithItems(String municipalityCode, @Nullable String templateId, List<ImportedItem> items) {
        RoadmapTemplate template = templateId == null ? null : context.reference().template(templateId).orElse(null);
        List<ItemReplacement> replacements = template == null ? List.of() : ImportedItems.read(items, template);
        if (replacements.stream().anyMatch(r -> r.existingItemId() != null)) {
            throw new IllegalArgumentException("a new roadmap has no existing items");
        }
        Roadmap roadmap = start(municipalityCode, templateId);
        RoadmapTemplate edition = Objects.requireNonNull(template, "start refuses an unknown edition");
        Map<String, String> before = Snapshots.roadmap(roadmap);
        roadmap.replaceItems(replacements, edition);
        return context.documents().document(changes.save(roadmap, roadmap.version(), replaced(edition, before, roadmap)));
    }

    private static Change replaced(RoadmapTemplate template, Map<String, String> before, Roadmap after) {
        return new Change("items.replaced", "ROADMAP", null, template.name(), before, Snapshots.roadmap(after));
    }

    /** Deletes a draft never submitted nor published; its history is kept. */
    public void delete(long id, long expectedVersion) {
        Roadmap roadmap = context.access().editable(id);
        RoadmapChanges.requireVersion(roadmap, expectedVersion);
        // Once submitted or published, a roadmap has frozen versions the prefecture and the public relied on:
        // it is never deleted (reopening it first must not open that door), and neither is its history.
        if (roadmap.status() != RoadmapStatus.DRAFT || !context.snapshots().list(roadmap.id()).isEmpty()) {
            throw new RoadmapLockedException(roadmap.status(), "lifecycle.neverDeleted");
        }
        changes.delete(roadmap);
    }

    private RoadmapDocument change(long id, long expectedVersion, Edit edit) {
        Roadmap roadmap = context.access().editable(id);
        RoadmapChanges.requireVersion(roadmap, expectedVersion);
        Change change = edit.apply(roadmap, context.documents().template(roadmap));
        return context.documents().document(changes.save(roadmap, expectedVersion, change));
    }

    @FunctionalInterface
    private interface Edit {
        Change apply(Roadmap roadmap, RoadmapTemplate template);
    }
}
