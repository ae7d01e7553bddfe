package org.careroadmap.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * A roadmap's progress for one fiscal year as its reader may see it: per item the evaluations,
 * indicators with targets and actuals, the activities, and each arrow's status; the year's report
 * and what the reader may do with it; the municipality's roll-up.
 */
public record ProgressOverview(RoadmapDocument document, FiscalYear year, List<FiscalYear> visibleYears,
                               FiscalYear currentYear, ProgressReport report, Set<ReportStep> steps,
                               boolean member, boolean mayRecord, RatingScale scale, List<ItemProgress> items,
                               Map<String, ArrowStatus> arrowStatuses, RollUp rollUp, List<String> kinds,
                               List<String> professions) {

    /** One item's progress in the year. */
    public record ItemProgress(RoadmapItem item, @Nullable Evaluation interim, @Nullable Evaluation yearEnd,
                               List<IndicatorFigures> indicators, List<Activity> activities, boolean carriedShortfall) {

        public @Nullable String rating() {
            return yearEnd == null ? null : yearEnd.rating();
        }
    }

    /** An indicator with its target and actual in each year the reader may see. */
    public record IndicatorFigures(Indicator indicator, List<YearFigure> years) {

        public Optional<YearFigure> in(FiscalYear year) {
            return years.stream().filter(y -> y.year().equals(year)).findFirst();
        }

        /** The largest figure shown, for scaling the chart's bars. */
        public BigDecimal max() {
            BigDecimal max = BigDecimal.ONE;
            for (YearFigure y : years) {
                if (y.target() != null && y.target().compareTo(max) > 0) {
                    max = y.target();
                }
                if (y.actual() != null && y.actual().compareTo(max) > 0) {
                    max = y.actual();
                }
            }
            return max;
        }
    }

    public record YearFigure(FiscalYear year, @Nullable BigDecimal target, @Nullable BigDecimal actual,
                             @Nullable Boolean onTarget) {
    }

    /** The 項目 of an item of the roadmap, or empty. */
    public String itemTitle(String itemId) {
        return document.roadmap().item(itemId).map(RoadmapItem::title).orElse("");
    }

    /** The label of an arrow of the roadmap, or empty. */
    public String arrowLabel(String itemId, @Nullable String arrowId) {
        if (arrowId == null) {
            return "";
        }
        return document.roadmap().item(itemId).flatMap(i -> i.arrow(arrowId)).map(a -> a.label()).orElse("");
    }

    public boolean returnable() {
        return steps.contains(ReportStep.RETURN);
    }

    public List<ArrowProgress> arrowProgressValues() {
        return List.of(ArrowProgress.values());
    }

    public List<IndicatorSource> indicatorSources() {
        return List.of(IndicatorSource.values());
    }

    public Optional<ItemProgress> item(@Nullable String itemId) {
        return items.stream().filter(i -> i.item().id().equals(itemId)).findFirst();
    }
}
