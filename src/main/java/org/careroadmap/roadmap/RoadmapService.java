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
    private final SnapshotStore snapshots;
    private final RoadmapBulkReader bulk;
    private final RoadmapSummaryStore summaries;
    private final SearchPrefilter prefilter;

    RoadmapService(RoadmapRepository roadmaps, ReferenceData reference, ApplicationEventPublisher events,
                   Clock clock, CurrentActor currentActor, SnapshotStore snapshots, RoadmapBulkReader bulk, RoadmapSummaryStore summaries,
                   SearchPrefilter prefilter) {
        this.summaries = summaries;
        this.prefilter = prefilter;
        this.snapshots = snapshots;
        this.bulk = bulk;
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    /** Every roadmap the current actor may read, in the version it may read. */
    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        return list(ListScope.everywhere());
    }

    /**
     * The roadmaps of one prefecture or municipality that the current actor may read, ordered by
     * municipality code: read from the kept summaries, so a list costs one query however many
     * roadmaps the installation holds; a summary that is missing or stale (data written around
     * this service) is computed from the roadmap itself.
     */
    @Transactional(readOnly = true)
    public List<RoadmapSummary> list(ListScope scope) {
        Actor actor = currentActor.get();
        return summaries(actor, summaries.listed(ownPattern(actor), scope));
    }

    /** One page of {@link #list(ListScope)}, from {@code offset}, at most {@code limit}, with the total. */
    @Transactional(readOnly = true)
    public RoadmapPage page(ListScope scope, int offset, int limit) {
        Actor actor = currentActor.get();
        String own = ownPattern(actor);
        return new RoadmapPage(summaries(actor, summaries.listed(own, scope, offset, limit)), summaries.countListed(own, scope));
    }

    private List<RoadmapSummary> summaries(Actor actor, List<RoadmapSummaryStore.Listed> rows) {
        Map<String, Municipality> municipalities = new HashMap<>();
        reference.municipalities(rows.stream().map(RoadmapSummaryStore.Listed::municipalityCode).distinct().toList())
                .forEach(m -> municipalities.put(m.code().value(), m));
        Map<String, RoadmapTemplate> templates = new HashMap<>();
        reference.templates().forEach(t -> templates.put(t.id(), t));
        Map<Long, SummaryCounts> computed = computeMissing(actor, rows);
        List<RoadmapSummary> list = new ArrayList<>();
        for (RoadmapSummaryStore.Listed row : rows) {
            boolean live = actor.canRead(row.municipalityCode(), row.status() == RoadmapStatus.PUBLISHED);
            if (!live && row.publishedSnapshotId() == null) {
                continue;
            }
            SummaryCounts counts = live ? row.freshLive() : row.freshPublished();
            if (counts == null) {
                counts = computed.get(row.id());
            }
            if (counts == null) {
                continue;
            }
            list.add(new RoadmapSummary(row.id(), municipalities.get(row.municipalityCode()),
                    templates.get(counts.templateId()), counts.status(), counts.itemsPerCategory(), counts.itemCount(),
                    counts.errorCount(), counts.warningCount(), counts.updatedAt(), row.version()));
        }
        return list;
    }

    /** An item found by {@link #findItems}, with the roadmap (in the version the reader sees) it belongs to. */
    public record FoundItem(RoadmapDocument document, RoadmapItem item) {
    }

    /**
     * Items of the roadmaps the current actor may read (the version it may read) whose texts, folded
     * by {@link SearchTextFolding}, contain every one of the folded terms: in list order, at most
     * {@code limit} after skipping {@code offset}. One query over the kept texts; only the roadmaps
     * found are loaded.
     */
    @Transactional(readOnly = true)
    public List<FoundItem> findItems(List<String> foldedTerms, ListScope scope, int offset, int limit) {
        Actor actor = currentActor.get();
        java.util.Set<Long> candidates = prefilter.roadmapsThatMayContain(foldedTerms);
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Naming many roadmaps costs more than it saves: a common word is found early in list order anyway.
        java.util.Set<Long> onlyIn = candidates.size() * 4 < prefilter.size() ? candidates : null;
        List<RoadmapSummaryStore.FoundItem> rows = summaries.findItems(foldedTerms, ownPattern(actor), scope, onlyIn,
                offset, limit);
        Map<Long, Roadmap> versions = new HashMap<>();
        java.util.Set<Long> live = new java.util.LinkedHashSet<>();
        for (RoadmapSummaryStore.FoundItem row : rows) {
            if (row.view() == RoadmapSummaryStore.View.LIVE) {
                live.add(row.roadmapId());
            }
        }
        // The texts said these were readable live; a change since (a revision started) is checked again here.
        bulk.byIds(live).forEach(r -> (readable(actor, r) ? java.util.Optional.of(r) : visibleVersion(actor, r))
                .ifPresent(v -> versions.put(v.id(), v)));
        for (RoadmapSummaryStore.FoundItem row : rows) {
            if (row.view() == RoadmapSummaryStore.View.PUBLISHED && !versions.containsKey(row.roadmapId())) {
                bulk.byId(row.roadmapId()).flatMap(current -> visibleVersion(actor, current))
                        .ifPresent(r -> versions.put(r.id(), r));
            }
        }
        Map<Long, RoadmapDocument> documents = new HashMap<>();
        List<FoundItem> found = new ArrayList<>();
        for (RoadmapSummaryStore.FoundItem row : rows) {
            Roadmap roadmap = versions.get(row.roadmapId());
            if (roadmap == null) {
                continue;
            }
            RoadmapDocument document = documents.computeIfAbsent(roadmap.id(), id -> document(roadmap));
            roadmap.item(row.itemId()).ifPresent(item -> found.add(new FoundItem(document, item)));
        }
        return found;
    }

    private Map<Long, SummaryCounts> computeMissing(Actor actor, List<RoadmapSummaryStore.Listed> rows) {
        Map<Long, SummaryCounts> computed = new HashMap<>();
        List<Long> liveIds = new ArrayList<>();
        for (RoadmapSummaryStore.Listed row : rows) {
            boolean live = actor.canRead(row.municipalityCode(), row.status() == RoadmapStatus.PUBLISHED);
            if (live && row.freshLive() == null) {
                liveIds.add(row.id());
            } else if (!live && row.publishedSnapshotId() != null && row.freshPublished() == null) {
                bulk.byId(row.id()).flatMap(snapshots::publishedVersion).map(SnapshotStore.PublishedVersion::roadmap)
                        .ifPresent(p -> computed.put(row.id(), SummaryCounts.of(p, template(p))));
            }
        }
        for (Roadmap roadmap : bulk.byIds(liveIds)) {
            computed.put(roadmap.id(), SummaryCounts.of(roadmap, template(roadmap)));
        }
        return computed;
    }

    /** The municipalities whose unpublished roadmaps the actor may read, as a LIKE pattern. */
    private static String ownPattern(Actor actor) {
        if (actor.application()) {
            return "%";
        }
        if (actor.role() == null) {
            return "-";
        }
        return actor.role().isPrefectureRole() ? actor.prefectureCode() + "%" : actor.municipalityCode();
    }

    /**
     * The roadmap as the current actor may see it: the live one for its own staff and the prefecture,
     * else the last published version (the public keeps seeing that while a revision is drafted).
     */
    @Transactional(readOnly = true)
    public RoadmapDocument get(long id) {
        Roadmap live = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        return document(visibleVersion(currentActor.get(), live).orElseThrow(() -> new RoadmapNotFoundException(id)));
    }

    /** Whether the current actor may change this roadmap now (for showing or hiding edit controls). */
    @Transactional(readOnly = true)
    public boolean mayEdit(RoadmapDocument document) {
        return document.roadmap().status().editable()
                && currentActor.get().canEdit(document.roadmap().municipalityCode().value());
    }

    /** Refuses opening an editor: 403 for someone who may not edit, 409 for a roadmap locked by its status. */
    @Transactional(readOnly = true)
    public void requireEditable(RoadmapDocument document) {
        if (!currentActor.get().canEdit(document.roadmap().municipalityCode().value())) {
            throw new AccessDeniedException("read only");
        }
        if (!document.roadmap().status().editable()) {
            throw new RoadmapLockedException(document.roadmap().status(), "lifecycle.locked.detail");
        }
    }

    /** The lifecycle steps the current actor may take on this roadmap now, as {@link LifecycleStep}'s table says. */
    @Transactional(readOnly = true)
    public java.util.Set<LifecycleStep> nextSteps(RoadmapDocument document) {
        Roadmap roadmap = document.roadmap();
        boolean live = bulk.status(roadmap.id()).map(s -> s == roadmap.status()).orElse(false);
        if (!live) {
            return java.util.EnumSet.noneOf(LifecycleStep.class);
        }
        String municipality = roadmap.municipalityCode().value();
        return LifecycleStep.open(roadmap.status(), currentActor.get(), municipality,
                () -> reference.publicationRule(municipality.substring(0, 2)));
    }

    // --- The review cycle ---------------------------------------------------------------------

    /** 提出: by the municipality's editor; refused while any template rule reports an error. */
    public RoadmapDocument submit(long id, long expectedVersion) {
        return step(id, expectedVersion, (r, by) -> r.submit(by, template(r)));
    }

    /** 取り下げ: the municipality's editor takes a submission back before the prefecture acts on it. */
    public RoadmapDocument withdraw(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::withdraw);
    }

    /** 差戻し: by the prefecture, with a comment saying what to fix. */
    public RoadmapDocument returnForChanges(long id, long expectedVersion, String comment) {
        return step(id, expectedVersion, (r, by) -> r.returnForChanges(by, comment));
    }

    /** 受理: by the prefecture. */
    public RoadmapDocument accept(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::accept);
    }

    /** 公開: by whoever the prefecture's publication rule names. */
    public RoadmapDocument publish(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::publish);
    }

    /** 改訂: an accepted or published roadmap becomes a draft again; the published version stays public. */
    public RoadmapDocument reopen(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::reopen);
    }

    /**
     * Records that a roadmap was already published before it came into this system (as Iki City's
     * was, in Excel): the application itself only, never a person, and it keeps a published copy.
     */
    public RoadmapDocument recordAlreadyPublished(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::recordEarlierPublication);
    }

    /** The frozen copies (第N版) kept at each submission and publication. */
    @Transactional(readOnly = true)
    public List<RoadmapSnapshot> versions(long id) {
        Roadmap roadmap = loadForOwnStaff(id);
        return snapshots.list(roadmap.id());
    }

    /** One frozen copy, shown as it was. */
    @Transactional(readOnly = true)
    public RoadmapDocument version(long id, int number) {
        Roadmap live = loadForOwnStaff(id);
        RoadmapSnapshot snapshot = snapshots.list(id).stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new RoadmapPartNotFoundException("version", Integer.toString(number)));
        return document(snapshots.thaw(snapshot, live));
    }

    /** What changed from one version to another; 0 stands for the current (live) roadmap. */
    @Transactional(readOnly = true)
    public RoadmapDiff compare(long id, int fromNumber, int toNumber) {
        Roadmap live = loadForOwnStaff(id);
        return RoadmapDiff.between(versionOrLive(live, fromNumber), versionOrLive(live, toNumber));
    }

    /**
     * 次期計画へ引き継ぐ: a new draft on another template edition from an accepted or published roadmap —
     * items copied; 継続 arrows extended to the new last year; arrows still inside the new columns kept
     * (cut to the first new year); arrows that ended before the new columns are left in the old roadmap.
     */
    public RoadmapDocument carryForward(long id, String templateId) {
        Roadmap source = loadReadable(id);
        source.requireCarryForward(taking(source, source.version()));
        RoadmapTemplate from = template(source);
        RoadmapTemplate to = templateId == null ? null : reference.template(templateId).orElse(null);
        if (to == null || to.id().equals(from.id())) {
            throw new InvalidInputException(List.of(new FieldProblem("templateId", "template.unknown",
                    List.of(String.valueOf(templateId)))));
        }
        RoadmapDocument created = create(source.municipalityCode().value(), to.id());
        Roadmap target = bulk.byId(created.roadmap().id()).orElseThrow();
        for (RoadmapItem item : source.items()) {
            org.careroadmap.reference.FiscalYear year = item.achievementYear().filter(to::isSelectable).orElse(null);
            RoadmapItem copy = target.addItem(new ItemContent(item.category(), item.title(), item.targetVision(), year,
                    item.measures()), to);
            for (Arrow arrow : item.arrows()) {
                carriedArrow(arrow, from, to).ifPresent(a -> target.addArrow(copy.id(), a, to));
            }
        }
        target.touch(clock);
        Roadmap saved = roadmaps.save(target);
        publish(saved, new Change("roadmap.carriedForward", "ROADMAP", null, from.name() + " → " + to.name(),
                Map.of("source", Long.toString(source.id())), Snapshots.roadmap(saved)));
        return document(saved);
    }

    private static java.util.Optional<ArrowContent> carriedArrow(Arrow arrow, RoadmapTemplate from, RoadmapTemplate to) {
        org.careroadmap.reference.FiscalYear end = arrow.end();
        if (arrow.continues() && end.equals(from.lastShownYear())) {
            end = to.lastShownYear();
        }
        if (end.isBefore(to.firstShownYear())) {
            return java.util.Optional.empty();
        }
        if (end.isAfter(to.lastShownYear())) {
            end = to.lastShownYear();
        }
        org.careroadmap.reference.FiscalYear start = arrow.start().isBefore(to.firstShownYear())
                ? to.firstShownYear() : arrow.start();
        return java.util.Optional.of(new ArrowContent(arrow.label(), new ArrowSpan(start, end), arrow.continues()));
    }

    private Roadmap versionOrLive(Roadmap live, int number) {
        if (number == 0) {
            return live;
        }
        return snapshots.list(live.id()).stream().filter(s -> s.number() == number).findFirst()
                .map(s -> snapshots.thaw(s, live))
                .orElseThrow(() -> new RoadmapPartNotFoundException("version", Integer.toString(number)));
    }

    /**
     * Takes one review step: the aggregate refuses what the cycle's table forbids; the change is
     * saved with its history record, a frozen version is kept at submission and publication, and the
     * step's own event is published in the same transaction.
     */
    private RoadmapDocument step(long id, long expectedVersion, Step step) {
        Roadmap roadmap = loadReadable(id);
        Roadmap.Taking by = taking(roadmap, expectedVersion);
        RoadmapStatus from = roadmap.status();
        ReviewStepTaken taken = step.take(roadmap, by);
        RoadmapStatus to = roadmap.status();
        Map<String, String> after = new java.util.LinkedHashMap<>();
        after.put("status", to.name());
        if (taken instanceof RoadmapReturned returned) {
            after.put("comment", returned.comment());
        }
        Roadmap saved = save(roadmap, expectedVersion);
        publish(saved, new Change(HISTORY_ACTIONS.get(taken.step()), "ROADMAP", null, to.name(),
                Map.of("status", from.name()), after));
        if (to == RoadmapStatus.SUBMITTED || to == RoadmapStatus.PUBLISHED) {
            RoadmapSnapshot frozen = snapshots.freeze(saved, to, by.name(), by.at());
            if (to == RoadmapStatus.PUBLISHED) {
                summaries.write(saved, template(saved), RoadmapSummaryStore.View.PUBLISHED, frozen.id());
            }
        }
        events.publishEvent(taken);
        return document(saved);
    }

    /** The action each step is recorded under in the change history (its messages are history.action.*). */
    private static final Map<LifecycleStep, String> HISTORY_ACTIONS = new EnumMap<>(Map.of(
            LifecycleStep.SUBMIT, "roadmap.submitted", LifecycleStep.WITHDRAW, "roadmap.withdrawn",
            LifecycleStep.RETURN, "roadmap.returned", LifecycleStep.ACCEPT, "roadmap.accepted",
            LifecycleStep.PUBLISH, "roadmap.published", LifecycleStep.REOPEN, "roadmap.reopened"));

    private Roadmap.Taking taking(Roadmap roadmap, long expectedVersion) {
        String prefecture = roadmap.municipalityCode().value().substring(0, 2);
        return new Roadmap.Taking(currentActor.get(), expectedVersion, () -> reference.publicationRule(prefecture),
                clock.instant());
    }

    @FunctionalInterface
    private interface Step {
        ReviewStepTaken take(Roadmap roadmap, Roadmap.Taking by);
    }


    private Roadmap loadForOwnStaff(long id) {
        Roadmap roadmap = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
        if (!currentActor.get().belongsTo(roadmap.municipalityCode().value())) {
            throw new RoadmapNotFoundException(id);
        }
        return roadmap;
    }




    private java.util.Optional<Roadmap> visibleVersion(Actor actor, Roadmap live) {
        if (readable(actor, live)) {
            return java.util.Optional.of(live);
        }
        return snapshots.publishedVersion(live).map(SnapshotStore.PublishedVersion::roadmap);
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
        Roadmap saved = insertOnce(Roadmap.start(code, template, clock));
        publish(saved, new Change("roadmap.created", "ROADMAP", null, template.name(), Map.of(),
                Snapshots.roadmap(saved)));
        return document(saved);
    }

    /** Saves a new roadmap; one that lost a race to the unique (municipality, edition) constraint answers 409. */
    private Roadmap insertOnce(Roadmap roadmap) {
        try {
            return roadmaps.save(roadmap);
        } catch (org.springframework.dao.DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new RoadmapExistsException();
            }
            throw e;
        }
    }

    /** SQLSTATE 23505 (unique violation) anywhere in the cause chain: the same on H2 and PostgreSQL. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DuplicateKeyException
                    || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
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
     * Replaces all items of a roadmap at once — a confirmed spreadsheet import — by the municipality's
     * editor, while the roadmap is editable. Every item and arrow is read first and all problems are
     * reported together (fields {@code items[i].title}, {@code items[i].arrows[j].startYear}, …); then
     * either everything is applied or nothing is. A replacement that changes nothing saves nothing and
     * keeps the version.
     */
    public RoadmapDocument replaceItems(long id, long expectedVersion, List<ImportedItem> items) {
        Roadmap roadmap = loadEditable(id);
        requireVersion(roadmap, expectedVersion);
        RoadmapTemplate template = template(roadmap);
        List<ItemReplacement> replacements = read(items, template);
        Map<String, String> before = Snapshots.roadmap(roadmap);
        if (!roadmap.replaceItems(replacements, template)) {
            return document(roadmap);
        }
        Roadmap saved = save(roadmap, expectedVersion);
        publish(saved, new Change("items.replaced", "ROADMAP", null, template.name(), before, Snapshots.roadmap(saved)));
        return document(saved);
    }

    /**
     * Starts a roadmap for a municipality and template edition already holding {@code items} — a
     * spreadsheet imported as a new roadmap — under the same rules as {@link #create}. One transaction:
     * if any item is refused, no roadmap is created.
     */
    public RoadmapDocument createWithItems(String municipalityCode, String templateId, List<ImportedItem> items) {
        RoadmapTemplate template = templateId == null ? null : reference.template(templateId).orElse(null);
        List<ItemReplacement> replacements = template == null ? List.of() : read(items, template);
        if (replacements.stream().anyMatch(r -> r.existingItemId() != null)) {
            throw new IllegalArgumentException("a new roadmap has no existing items");
        }
        RoadmapDocument created = create(municipalityCode, templateId);
        Roadmap roadmap = bulk.byId(created.roadmap().id()).orElseThrow();
        Map<String, String> before = Snapshots.roadmap(roadmap);
        roadmap.replaceItems(replacements, template);
        roadmap.touch(clock);
        Roadmap saved = roadmaps.save(roadmap);
        publish(saved, new Change("items.replaced", "ROADMAP", null, template.name(), before, Snapshots.roadmap(saved)));
        return document(saved);
    }

    private static List<ItemReplacement> read(List<ImportedItem> items, RoadmapTemplate template) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ItemReplacement> replacements = new ArrayList<>(items.size());
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
        Roadmap roadmap = loadEditable(id);
        requireVersion(roadmap, expectedVersion);
        // Once submitted or published, a roadmap has frozen versions the prefecture and the public relied on:
        // it is never deleted (reopening it first must not open that door), and neither is its history.
        if (roadmap.status() != RoadmapStatus.DRAFT || !snapshots.list(roadmap.id()).isEmpty()) {
            throw new RoadmapLockedException(roadmap.status(), "lifecycle.neverDeleted");
        }
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
        Roadmap saved = save(roadmap, expectedVersion);
        publish(saved, change);
        return document(saved);
    }

    /** Saves a change; someone else's save since the version was checked ends in 409, not a lost update. */
    private Roadmap save(Roadmap roadmap, long expectedVersion) {
        roadmap.touch(clock);
        try {
            return roadmaps.save(roadmap);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(expectedVersion, expectedVersion + 1);
        }
    }

    private void publish(Roadmap saved, Change change) {
        summaries.write(saved, template(saved), RoadmapSummaryStore.View.LIVE, saved.version());
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
        Roadmap roadmap = bulk.byId(id).orElseThrow(() -> new RoadmapNotFoundException(id));
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
        if (!roadmap.status().editable()) {
            throw new RoadmapLockedException(roadmap.status(), "lifecycle.locked.detail");
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

    /** What one use case changed, for the history. */
    private record Change(String action, String targetType, String targetId, String targetLabel,
                          Map<String, String> before, Map<String, String> after) {
    }

    @FunctionalInterface
    private interface Edit {
        Change apply(Roadmap roadmap, RoadmapTemplate template);
    }
}
