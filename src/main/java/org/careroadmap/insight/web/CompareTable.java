package org.careroadmap.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.careroadmap.insight.Comparison;
import org.careroadmap.insight.Comparison.MunicipalityRoadmaps;
import org.careroadmap.insight.Comparison.RoadmapItems;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapItem;
import org.jspecify.annotations.Nullable;

/**
 * The comparison laid out as one table: a {@code <tbody>} per municipality, its name heading all
 * its rows; within it each roadmap's rows, then one row per arrow of each item (at least one per
 * item, and one "項目なし" row for a roadmap without items in the category), each arrow one cell
 * spanning exactly its years of the shared axis.
 */
public record CompareTable(Comparison comparison, List<PeriodHeading> periods, List<FiscalYear> years,
                           List<Group> groups) {

    /** Columns before the fiscal years: municipality, roadmap, item, 目指す姿, 達成年度. */
    static final int LEADING_COLUMNS = 5;

    /** A plan period over its years of the axis (fewer than three where the axis starts or ends inside it). */
    public record PeriodHeading(PlanPeriod period, int colspan) {
    }

    /** The rows of one municipality. */
    public record Group(Municipality municipality, List<Row> rows) {
    }

    /** A table row; the header cells are set only on the row where they start. */
    public record Row(@Nullable MunicipalityCell municipality, @Nullable RoadmapCell roadmap, @Nullable ItemCell item,
                      @Nullable GapCell gap, List<YearCell> cells) {
    }

    public record MunicipalityCell(Municipality municipality, int rowspan, String id) {
    }

    public record RoadmapCell(RoadmapItems roadmap, int rowspan, String id) {
    }

    public record ItemCell(long roadmapId, RoadmapItem item, int rowspan, String id, String headers) {
    }

    /** A roadmap without items in the category: one cell over the item columns and every year. */
    public record GapCell(int colspan, String headers) {
    }

    /** A blank year or one arrow spanning {@code colspan} years; {@code outside} years are not on this roadmap's sheet. */
    public record YearCell(@Nullable Arrow arrow, int colspan, boolean outside, String headers) {

        public boolean isArrow() {
            return arrow != null;
        }
    }

    static CompareTable of(Comparison comparison) {
        List<FiscalYear> years = comparison.years();
        List<Group> groups = new ArrayList<>();
        for (MunicipalityRoadmaps m : comparison.municipalities()) {
            String municipalityId = "m-" + m.municipality().code().value();
            int municipalityRows = m.roadmaps().stream().mapToInt(CompareTable::rowsOf).sum();
            List<Row> rows = new ArrayList<>();
            for (RoadmapItems roadmap : m.roadmaps()) {
                String roadmapId = "r-" + roadmap.roadmapId();
                String owners = municipalityId + " " + roadmapId;
                int roadmapRows = rowsOf(roadmap);
                if (roadmap.items().isEmpty()) {
                    rows.add(new Row(rows.isEmpty() ? new MunicipalityCell(m.municipality(), municipalityRows, municipalityId) : null,
                            new RoadmapCell(roadmap, 1, roadmapId), null,
                            new GapCell(LEADING_COLUMNS - 2 + years.size(), owners), List.of()));
                    continue;
                }
                boolean firstOfRoadmap = true;
                for (RoadmapItem item : roadmap.items()) {
                    String itemId = "ci-" + item.id();
                    int itemRows = Math.max(1, item.arrows().size());
                    for (int r = 0; r < itemRows; r++) {
                        Arrow arrow = item.arrows().isEmpty() ? null : item.arrows().get(r);
                        rows.add(new Row(
                                rows.isEmpty() ? new MunicipalityCell(m.municipality(), municipalityRows, municipalityId) : null,
                                firstOfRoadmap ? new RoadmapCell(roadmap, roadmapRows, roadmapId) : null,
                                r == 0 ? new ItemCell(roadmap.roadmapId(), item, itemRows, itemId, owners + " " + itemId) : null,
                                null,
                                cells(roadmap, arrow, years, owners + " " + itemId)));
                        firstOfRoadmap = false;
                    }
                }
            }
            groups.add(new Group(m.municipality(), rows));
        }
        return new CompareTable(comparison, periods(years), years, groups);
    }

    private static int rowsOf(RoadmapItems roadmap) {
        return roadmap.items().isEmpty() ? 1
                : roadmap.items().stream().mapToInt(i -> Math.max(1, i.arrows().size())).sum();
    }

    private static List<YearCell> cells(RoadmapItems roadmap, @Nullable Arrow arrow, List<FiscalYear> years, String rowHeaders) {
        List<YearCell> cells = new ArrayList<>();
        int column = 0;
        while (column < years.size()) {
            FiscalYear year = years.get(column);
            if (arrow != null && arrow.span().covers(year)) {
                int end = column;
                while (end + 1 < years.size() && arrow.span().covers(years.get(end + 1))) {
                    end++;
                }
                cells.add(new YearCell(arrow, end - column + 1, false, headers(rowHeaders, years, column, end)));
                column = end + 1;
            } else {
                cells.add(new YearCell(null, 1, !roadmap.shows(year), headers(rowHeaders, years, column, column)));
                column++;
            }
        }
        return cells;
    }

    private static String headers(String rowHeaders, List<FiscalYear> years, int from, int to) {
        return rowHeaders + " " + years.subList(from, to + 1).stream().map(y -> "fy" + y.value())
                .collect(Collectors.joining(" "));
    }

    private static List<PeriodHeading> periods(List<FiscalYear> years) {
        List<PeriodHeading> periods = new ArrayList<>();
        for (FiscalYear year : years) {
            PlanPeriod period = PlanPeriod.containing(year);
            int last = periods.size() - 1;
            if (last >= 0 && periods.get(last).period().equals(period)) {
                periods.set(last, new PeriodHeading(period, periods.get(last).colspan() + 1));
            } else {
                periods.add(new PeriodHeading(period, 1));
            }
        }
        return periods;
    }

    public int yearCount() {
        return years.size();
    }

    public int columnCount() {
        return LEADING_COLUMNS + years.size();
    }
}
