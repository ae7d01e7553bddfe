package org.careroadmap.progress;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.TransactionMemory;
import org.careroadmap.roadmap.RoadmapChanged;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a roadmap's progress, asked of the roadmap module's public API: reading
 * follows the roadmap (a roadmap the actor may not know of is "not found"); the public sees only
 * fiscal years whose progress report is published; the municipality's editor records progress; the
 * prefecture's staff review. Also writes every change into the roadmap's 変更履歴, inside the
 * changing transaction, as the roadmap module does, counts it for the prefecture (ProgressChangeCount) and
 * keeps the roadmap's roll-up summary (ProgressSummaries) up to date.
 */
@Component
class ProgressGuard {

    /** The kinds of change that alter a roadmap's roll-up (progress_summary). */
    private static final java.util.Set<String> ROLL_UP_TARGETS = java.util.Set.of("ACTIVITY", "EVALUATION", "INDICATOR");

    private final RoadmapReads roadmaps;
    private final CurrentActor currentActor;
    private final ReportStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgressChangeCount changes;
    private final ProgressSummaries summaries;

    ProgressGuard(RoadmapReads roadmaps, CurrentActor currentActor, ReportStore store,
                  ApplicationEventPublisher events, Clock clock, ProgressChangeCount changes, ProgressSummaries summaries) {
        this.changes = changes;
        this.summaries = summaries;
        this.roadmaps = roadmaps;
        this.currentActor = currentActor;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    Actor actor() {
        return currentActor.get();
    }

    Clock clock() {
        return clock;
    }

    /**
     * The roadmap as the actor may read it, read once per transaction: a use case and its helpers (and a batch of
     * writes in one transaction, the demo's or an import's) ask for it many times, and progress never changes it.
     */
    RoadmapDocument readable(long roadmapId) {
        Actor actor = actor();
        return TransactionMemory.remembered(new ReadDocument(roadmapId, actor), () -> roadmaps.get(roadmapId));
    }

    /** A roadmap read in this transaction, by whom (the public reads the published version, staff the live one). */
    private record ReadDocument(long roadmapId, Actor actor) {
    }

    /** The roadmap module changed a roadmap in this transaction: progress reads it again. */
    @EventListener
    void roadmapChanged(RoadmapChanged change) {
        if (!change.action().startsWith("progress.")) {
            TransactionMemory.forget(key -> key instanceof ReadDocument read && read.roadmapId() == change.roadmapId());
        }
    }

    /** The municipality's own staff and its prefecture see all progress, also unpublished. */
    boolean member(RoadmapDocument doc) {
        return actor().belongsTo(code(doc));
    }

    boolean mayRecord(RoadmapDocument doc) {
        return actor().canEdit(code(doc));
    }

    boolean mayReview(RoadmapDocument doc) {
        Actor a = actor();
        return a.application() || (a.role() != null && a.role().isPrefectureRole() && a.belongsTo(code(doc)));
    }

    RoadmapDocument recordable(long roadmapId) {
        RoadmapDocument doc = readable(roadmapId);
        if (!mayRecord(doc)) {
            throw new AccessDeniedException("may not record progress of roadmap " + roadmapId);
        }
        return doc;
    }

    RoadmapDocument reviewable(long roadmapId) {
        RoadmapDocument doc = readable(roadmapId);
        if (!mayReview(doc)) {
            throw new AccessDeniedException("may not review progress of roadmap " + roadmapId);
        }
        return doc;
    }

    /** A fiscal year the roadmap's sheet shows; anything else is refused, naming the roadmap's years. */
    FiscalYear shownYear(RoadmapDocument doc, String text) {
        FiscalYear year = FiscalYear.parse(text);
        if (!doc.template().shows(year)) {
            throw new InvalidValueException("progress.year.outsideRoadmap", year.label(),
                    doc.template().firstShownYear().label(), doc.template().lastShownYear().label(), year.labelEn(),
                    doc.template().firstShownYear().labelEn(), doc.template().lastShownYear().labelEn());
        }
        return year;
    }

    /** Refuses changing what a submitted, accepted or published report of that year stands on. */
    void requireOpen(RoadmapDocument doc, FiscalYear year) {
        store.report(doc.roadmap().id(), year).filter(r -> !r.status().editable()).ifPresent(r -> {
            throw new ProgressConflictException("progress.report.locked");
        });
    }

    /** The fiscal years whose progress the actor may see. */
    List<FiscalYear> visibleYears(RoadmapDocument doc) {
        List<FiscalYear> shown = doc.template().shownYears();
        if (member(doc)) {
            return shown;
        }
        List<Integer> published = store.reports(doc.roadmap().id()).stream()
                .filter(r -> r.status() == ReportStatus.PUBLISHED).map(r -> r.fiscalYear().value()).toList();
        return shown.stream().filter(y -> published.contains(y.value())).toList();
    }

    void record(RoadmapDocument doc, String action, String targetType, @Nullable String targetId, String label,
                Map<String, String> before, Map<String, String> after) {
        events.publishEvent(new RoadmapChanged(doc.roadmap().id(), code(doc), doc.roadmap().version(), action, targetType,
                targetId, label, before, after, actor().recordedName(), clock.instant()));
        changes.raise(doc.municipality().prefectureCode());
        // After the raise (once per transaction: platform's ChangeCounter), whose row lock orders the prefecture's writers until the commit: the summary, rewritten
        // once just before the commit for all of the transaction's writes, is computed from what the previous
        // writer committed and what this one wrote. Arrow statuses and reports do not enter the roll-up's figures.
        if (ROLL_UP_TARGETS.contains(targetType)) {
            summaries.refreshBeforeCommit(doc.roadmap().id());
        }
    }

    /** For changes of the prefecture's own progress data (its scale, lists and rounds), which no roadmap records. */
    void recordPrefectureChange(String prefectureCode) {
        changes.raise(prefectureCode);
    }

    private static String code(RoadmapDocument doc) {
        return doc.roadmap().municipalityCode().value();
    }
}
