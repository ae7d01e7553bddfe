package org.careroadmap.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.progress.ArrowStatus;
import org.careroadmap.progress.ArrowStatuses;
import org.careroadmap.progress.ProgressOverviews;
import org.careroadmap.progress.ProgressVersions;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.ChartPanel;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the roadmap chart shows of progress, for the municipality's staff and the prefecture: each
 * arrow's status (a mark and its word, never colour alone), the current fiscal year's column, the
 * items carried forward after falling short, and the toggle back to the plan alone ({@code ?view=plan}).
 * The public's chart stays the plan exactly as published (and cached); the public reads progress on
 * the progress page of a published report.
 */
@Component
record ProgressChartPanel(ArrowStatuses arrows, ProgressOverviews overviews, ProgressVersions versions, CurrentActor currentActor, Clock clock) implements ChartPanel {

    /** The model of the panel: {@code ${progress}} in the chart template. */
    public record Model(boolean planOnly, boolean mayRecord, FiscalYear currentYear, Map<String, ArrowStatus> statuses,
                        Set<String> carriedShortfall) {

        public java.util.List<org.careroadmap.progress.ArrowProgress> allStatuses() {
            return java.util.List.of(org.careroadmap.progress.ArrowProgress.values());
        }

        public @Nullable ArrowStatus status(String arrowId) {
            return planOnly ? null : statuses.get(arrowId);
        }

        public boolean current(FiscalYear year) {
            return !planOnly && year.equals(currentYear);
        }

        /** Whether the item (by id) fell short in the previous plan period and was carried into this one. */
        public boolean shortfall(String itemId) {
            return !planOnly && carriedShortfall.contains(itemId);
        }
    }



    @Override
    public String name() {
        return "progress";
    }

    /** For charts kept in memory (platform's PersonalPageCache): ProgressVersions#chartState. */
    @Override
    public StateQuery version(long roadmapId) {
        return versions.chartState(roadmapId);
    }

    @Override
    public @Nullable Object model(RoadmapDocument document) {
        var actor = currentActor.get();
        if (!actor.belongsTo(document.roadmap().municipalityCode().value())) {
            return null;
        }
        boolean planOnly = false;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            planOnly = "plan".equals(request.getRequest().getParameter("view"));
        }
        long id = document.roadmap().id();
        Set<String> carried = overviews.carriedShortfallItems(id);
        return new Model(planOnly, actor.canEdit(document.roadmap().municipalityCode().value()),
                FiscalYear.containing(LocalDate.now(clock)), arrows.of(id), carried);
    }
}
