package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review cycle's steps (提出, 取り下げ, 差戻し, 受理, 公開, 改訂) and 次期計画へ引き継ぐ. Who may take
 * which step in which status is {@link LifecycleStep}'s table, enforced by {@link Roadmap}; this
 * service saves the step with its history entry, keeps a frozen 版 at submission and publication,
 * and publishes the step's {@link ReviewStepTaken} event in the same transaction.
 */
@Service
@Transactional
public class RoadmapLifecycle {

    /** The action each step is recorded under in the change history (its messages are history.action.*). */
    private static final Map<LifecycleStep, String> HISTORY_ACTIONS = new EnumMap<>(Map.of(
            LifecycleStep.SUBMIT, "roadmap.submitted", LifecycleStep.WITHDRAW, "roadmap.withdrawn",
            LifecycleStep.RETURN, "roadmap.returned", LifecycleStep.ACCEPT, "roadmap.accepted",
            LifecycleStep.PUBLISH, "roadmap.published", LifecycleStep.REOPEN, "roadmap.reopened"));

    private final RoadmapContext context;
    private final RoadmapChanges changes;
    private final RoadmapEditing editing;

    RoadmapLifecycle(RoadmapContext context, RoadmapChanges changes, RoadmapEditing editing) {
        this.context = context;
        this.changes = changes;
        this.editing = editing;
    }

    /** The steps the current actor may take on this roadmap now (none on a frozen or public copy). */
    @Transactional(readOnly = true)
    public Set<LifecycleStep> nextSteps(RoadmapDocument document) {
        Roadmap roadmap = document.roadmap();
        boolean live = context.bulk().status(roadmap.id()).map(s -> s == roadmap.status()).orElse(false);
        if (!live) {
            return EnumSet.noneOf(LifecycleStep.class);
        }
        String municipality = roadmap.municipalityCode().value();
        return LifecycleStep.open(roadmap.status(), context.access().actor(), municipality,
                () -> context.reference().publicationRule(municipality.substring(0, 2)));
    }

    /** 提出: by the municipality's editor; refused while any template rule reports an error. */
    public RoadmapDocument submit(long id, long expectedVersion) {
        return step(id, expectedVersion, (r, by) -> r.submit(by, context.documents().template(r)));
    }

    /** 取り下げ: the municipality's editor takes a submission back before the prefecture acts on it. */
    public RoadmapDocument withdraw(long id, long expectedVersion) {
        return step(id, expectedVersion, Roadmap::withdraw);
    }

    /** 差戻し: by the prefecture, with a comment saying what to fix. */
    public RoadmapDocument returnForChanges(long id, long expectedVersion, @Nullable String comment) {
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

    /**
     * Takes one review step: the aggregate refuses what the cycle's table forbids; the change is
     * saved with its history record, a frozen version is kept at submission and publication, and the
     * step's own event is published in the same transaction.
     */
    private RoadmapDocument step(long id, long expectedVersion, Step step) {
        Roadmap roadmap = context.access().readable(id);
        ReviewStepRequest by = taking(roadmap, expectedVersion);
        RoadmapStatus from = roadmap.status();
        ReviewStepTaken taken = step.take(roadmap, by);
        RoadmapStatus to = roadmap.status();
        Map<String, String> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (taken instanceof RoadmapReturned returned) {
            after.put("comment", returned.comment());
        }
        Roadmap saved = changes.saveStep(roadmap, expectedVersion, new RoadmapChanges.Change(
                historyAction(taken.step()), "ROADMAP", null, to.name(), Map.of("status", from.name()), after));
        if (to == RoadmapStatus.SUBMITTED || to == RoadmapStatus.PUBLISHED) {
            RoadmapSnapshot frozen = context.snapshots().freeze(saved, to, by.name(), by.at());
            if (to == RoadmapStatus.PUBLISHED) {
                context.summaries().write(saved, context.documents().template(saved), RoadmapSummaryStore.View.PUBLISHED, frozen.id());
            }
        }
        context.events().publishEvent(taken);
        return context.documents().document(saved);
    }

    private static String historyAction(LifecycleStep step) {
        return Objects.requireNonNull(HISTORY_ACTIONS.get(step), "every review step has its history action");
    }

    private ReviewStepRequest taking(Roadmap roadmap, long expectedVersion) {
        String prefecture = roadmap.municipalityCode().value().substring(0, 2);
        return new ReviewStepRequest(context.access().actor(), expectedVersion, () -> context.reference().publicationRule(prefecture),
                context.clock().instant());
    }

    @FunctionalInterface
    private interface Step {
        ReviewStepTaken take(Roadmap roadmap, ReviewStepRequest by);
    }

    /**
     * 次期計画へ引き継ぐ: a new draft on another template edition from an accepted or published roadmap —
     * items copied, each keeping its line (RoadmapItem.line) so progress finds it again after a rename; 継続 arrows extended to the new last year; arrows still inside the new columns kept
     * (cut to the first new year); arrows that ended before the new columns are left in the old roadmap.
     */
    public RoadmapDocument carryForward(long id, @Nullable String templateId) {
        Roadmap source = context.access().readable(id);
        source.guard(LifecycleStep.CARRY_FORWARD, taking(source, source.version()));
        RoadmapTemplate from = context.documents().template(source);
        RoadmapTemplate to = templateId == null ? null : context.reference().template(templateId).orElse(null);
        if (to == null || to.id().equals(from.id())) {
            throw new InvalidInputException(java.util.List.of(new FieldProblem("templateId", "template.unknown",
                    java.util.List.of(String.valueOf(templateId)))));
        }
        Roadmap target = editing.start(source.municipalityCode().value(), to.id());
        for (RoadmapItem item : source.items()) {
            FiscalYear year = item.achievementYear().filter(to::isSelectable).orElse(null);
            RoadmapItem copy = target.addItem(new ItemContent(item.category(), item.title(), item.targetVision(), year,
                    item.measures()), to, item.line());
            for (Arrow arrow : item.arrows()) {
                carriedArrow(arrow, from, to).ifPresent(a -> target.addArrow(copy.id(), a, to));
            }
        }
        Roadmap saved = changes.save(target, target.version(), new RoadmapChanges.Change("roadmap.carriedForward",
                "ROADMAP", null, from.name() + " → " + to.name(), Map.of("source", Long.toString(source.id())),
                Snapshots.roadmap(target)));
        return context.documents().document(saved);
    }

    private static Optional<ArrowContent> carriedArrow(Arrow arrow, RoadmapTemplate from, RoadmapTemplate to) {
        FiscalYear end = arrow.end();
        if (arrow.continues() && end.equals(from.lastShownYear())) {
            end = to.lastShownYear();
        }
        if (end.isBefore(to.firstShownYear())) {
            return Optional.empty();
        }
        if (end.isAfter(to.lastShownYear())) {
            end = to.lastShownYear();
        }
        FiscalYear start = arrow.start().isBefore(to.firstShownYear()) ? to.firstShownYear() : arrow.start();
        return Optional.of(new ArrowContent(arrow.label(), new ArrowSpan(start, end), arrow.continues()));
    }
}
