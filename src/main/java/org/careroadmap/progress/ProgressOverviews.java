package org.careroadmap.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a roadmap's progress for one fiscal year, as the current reader may see it. */
@Service
@Transactional(readOnly = true)
public class ProgressOverviews {

    private final ProgressContext context;
    private final ArrowStatusStore arrowStore;
    private final ProgressReports reports;
    private final CarriedShortfalls shortfalls;

    ProgressOverviews(ProgressContext context, ArrowStatusStore arrowStore, ProgressReports reports,
                      CarriedShortfalls shortfalls) {
        this.context = context;
        this.arrowStore = arrowStore;
        this.reports = reports;
        this.shortfalls = shortfalls;
    }

    /**
     * The overview of {@code fiscalYear} (blank: this fiscal year for the municipality and the prefecture,
     * the last published one for the public). A year the reader may not see answers "not found".
     */
    public ProgressOverview overview(long roadmapId, @Nullable String fiscalYear) {
        RoadmapDocument doc = context.guard().readable(roadmapId);
        List<FiscalYear> visible = context.guard().visibleYears(doc);
        FiscalYear current = FiscalYear.containing(LocalDate.now(context.guard().clock()));
        FiscalYear year = shownYear(doc, roadmapId, fiscalYear, visible, current);
        String prefecture = doc.municipality().prefectureCode();
        RatingScale scale = context.store().scale(prefecture);
        List<Activity> activities = context.store().activities(roadmapId, year);
        List<Indicator> indicators = context.store().indicators(roadmapId);
        List<Activity> allActivities = context.store().activities(roadmapId, null);
        List<Evaluation> evaluations = context.store().evaluations(roadmapId);
        Set<String> carried = shortfalls.itemIds(doc, scale);
        List<ProgressOverview.ItemProgress> items = new ArrayList<>();
        RollUp rollUp = new RollUp(scale);
        for (RoadmapItem item : doc.roadmap().items()) {
            Evaluation yearEnd = find(evaluations, item.id(), year, EvaluationStage.YEAR_END);
            List<Indicator> own = indicators.stream().filter(i -> i.itemId().equals(item.id())).toList();
            List<ProgressOverview.IndicatorFigures> figures = figures(own, visible, allActivities);
            long measured = own.stream().filter(i -> i.onTarget(year, allActivities).isPresent()).count();
            long onTarget = own.stream().filter(i -> i.onTarget(year, allActivities).orElse(false)).count();
            rollUp.add(new RollUp.ItemResult(item.category(), yearEnd == null ? null : yearEnd.rating(), (int) onTarget,
                    (int) measured));
            items.add(new ProgressOverview.ItemProgress(item, find(evaluations, item.id(), year, EvaluationStage.INTERIM),
                    yearEnd, figures, activities.stream().filter(a -> a.itemId().equals(item.id())).toList(),
                    carried.contains(item.id())));
        }
        ProgressReport report = reports.current(doc, year);
        Map<String, ArrowStatus> arrowStatuses = arrowStore.arrowStatuses(roadmapId);
        return new ProgressOverview(doc, year, visible, current, report, reports.nextSteps(doc, report),
                context.guard().member(doc), context.guard().mayRecord(doc), scale, items, arrowStatuses, rollUp,
                context.store().kinds(prefecture), context.store().professions(prefecture));
    }

    /** The ids of items that fell short in the municipality's previous roadmap (see {@link CarriedShortfalls}). */
    public Set<String> carriedShortfallItems(long roadmapId) {
        RoadmapDocument doc = context.guard().readable(roadmapId);
        return shortfalls.itemIds(doc, context.store().scale(doc.municipality().prefectureCode()));
    }

    /**
     * The ratings of the roadmap's latest published progress report, for everyone (only published years are read,
     * and a published year's evaluations cannot change); empty when no report of the roadmap is published.
     */
    public Optional<PublishedRatings> publishedRatings(long roadmapId) {
        Optional<ProgressReport> latest = context.reportStore().reports(roadmapId).stream().filter(r -> r.status() == ReportStatus.PUBLISHED)
                .max(Comparator.comparingInt(r -> r.fiscalYear().value()));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        FiscalYear year = latest.get().fiscalYear();
        RatingScale scale = context.store().scale(latest.get().municipalityCode().substring(0, 2));
        Map<String, Rating> byItem = new HashMap<>();
        for (Evaluation e : context.store().evaluations(roadmapId)) {
            if (e.fiscalYear().equals(year) && e.stage() == EvaluationStage.YEAR_END && e.rating() != null) {
                scale.find(e.rating()).ifPresent(r -> byItem.put(e.itemId(), r));
            }
        }
        return Optional.of(new PublishedRatings(year, byItem, scale.ratings()));
    }

    /** The year asked for, if the reader may see it; else this fiscal year, or the nearest one the reader may see. */
    private FiscalYear shownYear(RoadmapDocument doc, long roadmapId, @Nullable String fiscalYear, List<FiscalYear> visible,
                                 FiscalYear current) {
        if (fiscalYear != null && !fiscalYear.isBlank()) {
            FiscalYear year = context.guard().shownYear(doc, fiscalYear);
            if (!visible.contains(year)) {
                throw new ProgressNotFoundException("progress " + roadmapId + "/" + year.value());
            }
            return year;
        } else if (visible.isEmpty()) {
            throw new ProgressNotFoundException("progress " + roadmapId);
        } else if (visible.contains(current)) {
            return current;
        } else {
            // Before the roadmap's years the first one, after them (or for the public) the last one.
            return current.isBefore(visible.get(0)) ? visible.get(0) : visible.get(visible.size() - 1);
        }
    }

    /** An item's indicators with their target, actual and result in each fiscal year the reader may see. */
    private static List<ProgressOverview.IndicatorFigures> figures(List<Indicator> indicators, List<FiscalYear> visible,
                                                                   List<Activity> activities) {
        List<ProgressOverview.IndicatorFigures> figures = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<ProgressOverview.YearFigure> years = new ArrayList<>();
            for (FiscalYear y : visible) {
                years.add(new ProgressOverview.YearFigure(y, indicator.target(y), indicator.actual(y, activities),
                        indicator.onTarget(y, activities).orElse(null)));
            }
            figures.add(new ProgressOverview.IndicatorFigures(indicator, years));
        }
        return figures;
    }

    private static @Nullable Evaluation find(List<Evaluation> evaluations, String itemId, FiscalYear year, EvaluationStage stage) {
        return evaluations.stream().filter(e -> e.itemId().equals(itemId) && e.fiscalYear().equals(year) && e.stage() == stage)
                .findFirst().orElse(null);
    }
}
