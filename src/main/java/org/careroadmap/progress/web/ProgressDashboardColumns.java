package org.careroadmap.progress.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.progress.PrefectureRollUp;
import org.careroadmap.progress.ProgressRollUps;
import org.careroadmap.progress.ProgressVersions;
import org.careroadmap.progress.ReportStatus;
import org.careroadmap.progress.RollUp;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.review.DashboardCell;
import org.careroadmap.review.DashboardColumn;
import org.careroadmap.review.DashboardColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Progress on the prefecture's dashboard: per municipality the state of its progress report of the
 * newest round's year (overdue ones marked), the share of items rated as achieved, the items left
 * unrated and the indicators on target — the roll-up page's figures, sortable like the dashboard's own.
 */
@Component
record ProgressDashboardColumns(ProgressRollUps rollUps, ProgressVersions versions, MessageSource messages) implements DashboardColumns {

    static final String REPORT = "progressReport";
    static final String ACHIEVED = "progressAchieved";
    static final String UNRATED = "progressUnrated";
    static final String ON_TARGET = "progressOnTarget";



    @Override
    public List<DashboardColumn> columns(String prefectureCode, Locale locale) {
        FiscalYear fiscalYear = rollUps.dashboardYear(prefectureCode);
        String year = "en".equals(locale.getLanguage()) ? fiscalYear.labelEn() : fiscalYear.label();
        return List.of(new DashboardColumn(REPORT, text("progress.dashboard.col.report", locale, year)),
                new DashboardColumn(ACHIEVED, text("progress.rollup.col.achieved", locale)),
                new DashboardColumn(UNRATED, text("progress.rollup.col.unrated", locale)),
                new DashboardColumn(ON_TARGET, text("progress.rollup.col.onTarget", locale)));
    }

    @Override
    public Map<String, Map<String, DashboardCell>> cells(String prefectureCode, Locale locale) {
        PrefectureRollUp rollUp = rollUps.forDashboard(prefectureCode);
        Map<String, Map<String, DashboardCell>> cells = new HashMap<>();
        for (PrefectureRollUp.Row row : rollUp.rows()) {
            if (row.roadmapId() == null) {
                continue;
            }
            RollUp.Tally t = row.rollUp().total();
            int percent = t.achievedPercent();
            cells.put(row.municipality().code().value(), Map.of(
                    REPORT, report(row, locale),
                    // In words when nothing is rated: the Excel download writes the same text, and a lone "-" is
                    // what a spreadsheet could read as the start of a formula.
                    ACHIEVED, new DashboardCell(percent < 0 ? text("progress.rollup.noneRated", locale) : percent + "%",
                            percent, false),
                    UNRATED, new DashboardCell(Integer.toString(t.unrated()), t.unrated(), false),
                    ON_TARGET, new DashboardCell(text("progress.rollup.onTargetOf", locale, t.indicatorsOnTarget(),
                            t.indicatorsMeasured()), t.indicatorsOnTarget(), false)));
        }
        return cells;
    }

    /** The report's state; an overdue one says so in words and sorts after every other state. */
    DashboardCell report(PrefectureRollUp.Row row, Locale locale) {
        ReportStatus state = Objects.requireNonNull(row.status(), "cells() passes only rows with a roadmap, which have a status");
        String status = text("status." + state.name(), locale);
        if (row.overdue()) {
            return new DashboardCell(status + " " + text("progress.rollup.overdue", locale), 100, true);
        }
        return new DashboardCell(status, state.ordinal(), false);
    }

    @Override
    public String version(String prefectureCode) {
        return versions.dashboardState(prefectureCode);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
