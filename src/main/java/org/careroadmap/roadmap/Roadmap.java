package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.security.access.AccessDeniedException;

/**
 * A municipality's 地域包括ケアシステム推進ロードマップ: items grouped by category A–H, each with its
 * arrows, laid out on the fiscal-year columns of one template edition.
 *
 * <p>The aggregate refuses what can never be right (an arrow outside the template's columns, a
 * 達成年度 the template does not offer, unknown items). What a draft may still lack is reported by
 * {@link TemplateRuleChecker} instead, so work in progress can be saved.
 */
@Table("roadmap")
public class Roadmap {

    @Id
    private final @Nullable Long id; // null until the roadmap is first saved
    private final String municipalityCode;
    private String templateId;
    private RoadmapStatus status;
    @Version
    private @Nullable Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "roadmap_id", keyColumn = "position")
    private final List<RoadmapItem> items;

    @PersistenceCreator
    Roadmap(@Nullable Long id, String municipalityCode, String templateId, RoadmapStatus status, @Nullable Long version,
            Instant createdAt, Instant updatedAt, List<RoadmapItem> items) {
        this.id = id;
        this.municipalityCode = municipalityCode;
        this.templateId = templateId;
        this.status = status;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.items = new ArrayList<>(items == null ? List.of() : items);
    }

    static Roadmap start(MunicipalityCode municipality, RoadmapTemplate template, Clock clock) {
        Instant now = clock.instant();
        return new Roadmap(null, municipality.value(), template.id(), RoadmapStatus.DRAFT, null, now, now, List.of());
    }

    RoadmapItem addItem(ItemContent content, RoadmapTemplate template) {
        return addItem(content, template, null);
    }

    /** Adds an item of the line {@code lineage} (an item carried forward), or of a new line when null. */
    RoadmapItem addItem(ItemContent content, RoadmapTemplate template, @Nullable String lineage) {
        requireTemplate(template);
        content.requireFits(template);
        RoadmapItem item = RoadmapItem.create(content, lineage);
        items.add(item);
        keepCategoryOrder();
        return item;
    }

    void changeItem(String itemId, ItemContent content, RoadmapTemplate template) {
        requireTemplate(template);
        content.requireFits(template);
        RoadmapItem item = requireItem(itemId);
        boolean movedCategory = item.category() != content.category();
        item.change(content);
        if (movedCategory) {
            // An item moved to another category goes to the end of that category's rows.
            items.remove(item);
            items.add(item);
        }
        keepCategoryOrder();
    }

    void removeItem(String itemId) {
        items.remove(requireItem(itemId));
    }

    /** Moves an item one place up (-1) or down (+1) among the items of its own category. */
    void moveItem(String itemId, int direction) {
        RoadmapItem item = requireItem(itemId);
        List<RoadmapItem> siblings = itemsIn(item.category());
        int at = siblings.indexOf(item);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        Collections.swap(items, items.indexOf(item), items.indexOf(siblings.get(to)));
    }

    Arrow addArrow(String itemId, ArrowContent content, RoadmapTemplate template) {
        requireTemplate(template);
        content.requireFits(template);
        return requireItem(itemId).addArrow(content);
    }

    void changeArrow(String itemId, String arrowId, ArrowContent content, RoadmapTemplate template) {
        requireTemplate(template);
        content.requireFits(template);
        requireItem(itemId).requireArrow(arrowId).change(content);
    }

    void removeArrow(String itemId, String arrowId) {
        RoadmapItem item = requireItem(itemId);
        item.removeArrow(item.requireArrow(arrowId));
    }

    // --- The review cycle: each step is guarded by the table in LifecycleStep ---------------------

    /** 提出: refused while any template rule reports an error (warnings may remain). */
    RoadmapSubmitted submit(ReviewStepRequest by, RoadmapTemplate template) {
        guard(LifecycleStep.SUBMIT, by);
        requireVersion(by);
        List<Finding> errors = TemplateRuleChecker.check(this, template).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(errors);
        }
        status = statusAfter(LifecycleStep.SUBMIT);
        return new RoadmapSubmitted(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    /** 取り下げ: the municipality takes its submission back before the prefecture returns or accepts it. */
    RoadmapWithdrawn withdraw(ReviewStepRequest by) {
        move(LifecycleStep.WITHDRAW, by);
        return new RoadmapWithdrawn(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    /** 差戻し: with a comment saying what to fix. */
    RoadmapReturned returnForChanges(ReviewStepRequest by, @Nullable String comment) {
        guard(LifecycleStep.RETURN, by);
        ReturnComment text = ReturnComment.of(comment);
        requireVersion(by);
        status = statusAfter(LifecycleStep.RETURN);
        return new RoadmapReturned(id(), text.text(), by.name(), by.role(), by.at(), municipalityCode);
    }

    RoadmapAccepted accept(ReviewStepRequest by) {
        move(LifecycleStep.ACCEPT, by);
        return new RoadmapAccepted(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    RoadmapPublished publish(ReviewStepRequest by) {
        move(LifecycleStep.PUBLISH, by);
        return new RoadmapPublished(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    /**
     * Records a publication made before this system existed (as Iki City's, in Excel): by the
     * application itself only, from whatever status the imported roadmap has.
     */
    RoadmapPublished recordEarlierPublication(ReviewStepRequest by) {
        if (!by.actor().application()) {
            throw new AccessDeniedException("only the application records earlier publications");
        }
        requireVersion(by);
        status = RoadmapStatus.PUBLISHED;
        return new RoadmapPublished(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    /** 改訂: back to a draft; the published version stays public until the next publication. */
    RoadmapReopened reopen(ReviewStepRequest by) {
        move(LifecycleStep.REOPEN, by);
        return new RoadmapReopened(id(), municipalityCode, by.name(), by.role(), by.at());
    }

    private void move(LifecycleStep step, ReviewStepRequest by) {
        guard(step, by);
        requireVersion(by);
        status = statusAfter(step);
    }

    private static RoadmapStatus statusAfter(LifecycleStep step) {
        return Objects.requireNonNull(step.to(), "every review step leads to a status");
    }

    /** 403 for someone the table does not name for the step, 409 for a status it is not taken from. */
    void guard(LifecycleStep step, ReviewStepRequest by) {
        if (!step.mayBeTakenBy(by.actor(), municipalityCode, by.rule())) {
            throw new AccessDeniedException("may not " + step + " roadmap " + id);
        }
        if (!step.takenFrom(status)) {
            throw new RoadmapLockedException(status, step.refusedKey());
        }
    }

    private void requireVersion(ReviewStepRequest by) {
        if (version() != by.expectedVersion()) {
            throw new ConcurrentEditException(by.expectedVersion(), version());
        }
    }

    /**
     * Replaces the whole item list at once, as a spreadsheet import states it: items naming an existing
     * id keep that identity (and their arrows' identities, position by position), the others are new,
     * and existing items not named are removed. Everything is checked before anything changes.
     *
     * @return whether the roadmap differs afterwards
     */
    boolean replaceItems(List<ItemReplacement> replacements, RoadmapTemplate template) {
        requireTemplate(template);
        ItemReplacement.requireAllFit(replacements, template, this::requireItem);
        List<Object> before = ItemReplacement.contents(items);
        List<RoadmapItem> next = ItemReplacement.itemsOf(replacements, this::requireItem);
        items.clear();
        items.addAll(next);
        keepCategoryOrder();
        return !before.equals(ItemReplacement.contents(items));
    }

    void touch(Clock clock) {
        updatedAt = clock.instant();
    }

    /** The version the stored row has after a save that wrote only the roadmap's own row ({@link RoadmapChanges#saveStep}). */
    void storedAs(long newVersion) {
        version = newVersion;
    }

    private void keepCategoryOrder() {
        // Stable: items keep their relative order inside a category.
        items.sort(Comparator.comparing(RoadmapItem::category));
    }

    private void requireTemplate(RoadmapTemplate template) {
        if (!template.id().equals(templateId)) {
            throw new IllegalArgumentException("template " + template.id() + " is not this roadmap's " + templateId);
        }
    }

    RoadmapItem requireItem(String itemId) {
        return item(itemId).orElseThrow(() -> new RoadmapPartNotFoundException("item", itemId));
    }

    public Optional<RoadmapItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public List<RoadmapItem> itemsIn(CategoryCode category) {
        return items.stream().filter(i -> i.category() == category).toList();
    }

    @SuppressWarnings("NullAway") // null before the first save only (RoadmapTest); use cases hand out saved roadmaps
    public Long id() {
        return id;
    }

    public MunicipalityCode municipalityCode() {
        return new MunicipalityCode(municipalityCode);
    }

    public String templateId() {
        return templateId;
    }

    public RoadmapStatus status() {
        return status;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<RoadmapItem> items() {
        return Collections.unmodifiableList(items);
    }
}
