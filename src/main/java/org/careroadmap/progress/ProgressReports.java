package org.careroadmap.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress rounds (opened by the 県管理者 per fiscal year, with a deadline) and each roadmap's
 * progress report through 作成中 → 提出済 → 差戻し / 受理 → 公開, guarded by {@link ReportStep}.
 */
@Service
@Transactional
public class ProgressReports {

    public static final int REASON_MAX = 4000;

    private final ProgressContext context;
    private final ApplicationEventPublisher events;

    ProgressReports(ProgressContext context, ApplicationEventPublisher events) {
        this.context = context;
        this.events = events;
    }

    public ProgressRound openRound(@Nullable String fiscalYear, @Nullable String deadline) {
        Actor actor = context.guard().actor();
        if (!actor.application() && actor.role() != Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        String prefecture = actor.application() ? "42" : actor.requiredPrefectureCode();
        InputReader reader = new InputReader();
        FiscalYear readYear = reader.read("fiscalYear", fiscalYear, FiscalYear::parse);
        LocalDate readDue = reader.read("deadline", deadline, text -> {
            try {
                return LocalDate.parse(text == null ? "" : text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("progress.round.deadline");
            }
        });
        reader.throwIfAny();
        FiscalYear year = Objects.requireNonNull(readYear, "the reader throws for every problem it found");
        LocalDate due = Objects.requireNonNull(readDue, "the reader throws for every problem it found");
        context.reportStore().insert(new ProgressRound(0, prefecture, year, due, context.guard().clock().instant(), actor.recordedName()));
        context.guard().recordPrefectureChange(prefecture);
        return context.reportStore().rounds(prefecture).stream().filter(r -> r.fiscalYear().equals(year)).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ProgressRound> rounds(String prefecture) {
        return context.reportStore().rounds(prefecture);
    }

    /** The report of a year as the reader may see it (a fresh draft where none was saved yet). */
    @Transactional(readOnly = true)
    public ProgressReport report(long roadmapId, String fiscalYear) {
        RoadmapDocument doc = context.guard().readable(roadmapId);
        FiscalYear year = context.guard().shownYear(doc, fiscalYear);
        if (!context.guard().visibleYears(doc).contains(year)) {
            throw new ProgressNotFoundException("report " + roadmapId + "/" + year.value());
        }
        return current(doc, year);
    }

    ProgressReport current(RoadmapDocument doc, FiscalYear year) {
        return context.reportStore().report(doc.roadmap().id(), year).orElseGet(() -> ProgressReport.fresh(doc.roadmap().id(),
                doc.roadmap().municipalityCode().value(), year, doc.roadmap().updatedAt()));
    }

    /** The steps the current actor may take on the report now, for the buttons. */
    @Transactional(readOnly = true)
    public Set<ReportStep> nextSteps(RoadmapDocument doc, ProgressReport report) {
        Set<ReportStep> steps = EnumSet.noneOf(ReportStep.class);
        for (ReportStep step : ReportStep.values()) {
            boolean allowed = step.byPrefecture() ? context.guard().mayReview(doc) : context.guard().mayRecord(doc);
            if (allowed && step.allowedFrom(report.status())) {
                steps.add(step);
            }
        }
        return steps;
    }

    public ProgressReport take(long roadmapId, String fiscalYear, String stepName, long expectedVersion,
                               @Nullable String reason) {
        ReportStep step = ReportStep.parse(stepName);
        RoadmapDocument doc = step.byPrefecture() ? context.guard().reviewable(roadmapId) : context.guard().recordable(roadmapId);
        FiscalYear year = context.guard().shownYear(doc, fiscalYear);
        ProgressReport report = current(doc, year);
        if (report.version() != expectedVersion) {
            throw new ProgressConflictException("progress.conflict.detail");
        }
        if (!step.allowedFrom(report.status())) {
            throw new ProgressConflictException("progress.report.stepNotAllowed");
        }
        String returnReason = step == ReportStep.RETURN ? returnReason(reason) : null;
        if (step == ReportStep.SUBMIT) {
            requireRound(doc, year);
            List<String> unrated = unrated(doc, year);
            if (!unrated.isEmpty()) {
                throw new ReportRefusedException(unrated);
            }
        }
        Instant now = context.guard().clock().instant();
        ProgressReport next = new ProgressReport(report.id(), report.roadmapId(), report.municipalityCode(), year,
                step.target(), returnReason, step == ReportStep.SUBMIT ? now : report.submittedAt(), now, report.version() + 1);
        if (!context.reportStore().save(next, expectedVersion)) {
            throw new ProgressConflictException("progress.conflict.detail");
        }
        context.guard().record(doc, "progress.report." + step.name().toLowerCase(java.util.Locale.ROOT), "REPORT",
                Integer.toString(year.value()), year.label(), Map.of("status", report.status().name()),
                returnReason == null ? Map.of("status", next.status().name())
                        : Map.of("status", next.status().name(), "comment", returnReason));
        events.publishEvent(new ProgressReportStatusChanged(roadmapId, report.municipalityCode(), year.value(), step,
                next.status(), context.guard().actor().recordedName(), now, returnReason));
        return context.reportStore().report(roadmapId, year).orElseThrow();
    }

    /** A return needs its reason, of bounded length. */
    private static String returnReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new org.careroadmap.platform.InvalidInputException(List.of(
                    new org.careroadmap.platform.FieldProblem("comment", "progress.report.reasonRequired", List.of())));
        }
        if (reason.length() > REASON_MAX) {
            throw new org.careroadmap.platform.InvalidInputException(List.of(
                    new org.careroadmap.platform.FieldProblem("comment", "progress.report.reasonTooLong", List.of(REASON_MAX))));
        }
        return reason.strip();
    }

    private void requireRound(RoadmapDocument doc, FiscalYear year) {
        Optional<ProgressRound> round = context.reportStore().rounds(doc.municipality().prefectureCode()).stream()
                .filter(r -> r.fiscalYear().equals(year)).findFirst();
        if (round.isEmpty()) {
            throw new ProgressConflictException("progress.round.none");
        }
    }

    /** The items without a year-end rating for the year, as 「A 退院支援」. */
    List<String> unrated(RoadmapDocument doc, FiscalYear year) {
        List<Evaluation> evaluations = context.store().evaluations(doc.roadmap().id());
        List<String> unrated = new ArrayList<>();
        for (RoadmapItem item : doc.roadmap().items()) {
            boolean rated = evaluations.stream().anyMatch(e -> e.itemId().equals(item.id()) && e.fiscalYear().equals(year)
                    && e.stage() == EvaluationStage.YEAR_END && e.rated());
            if (!rated) {
                unrated.add(item.category().name() + " " + item.title());
            }
        }
        return unrated;
    }
}
