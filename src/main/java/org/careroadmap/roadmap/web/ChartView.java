package org.careroadmap.roadmap.web;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.Finding;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * The roadmap laid out as the prefecture's sheet: one table row per arrow (at least one per item),
 * the category and item cells spanning their rows, each arrow one cell spanning exactly its years.
 */
public record ChartView(RoadmapDocument document, List<PlanPeriod> periods, List<FiscalYear> years, List<Group> groups) {

    /** The rows of one category, a {@code <tbody>} of the chart. */
    public record Group(CategoryCode code, List<Row> rows) {
    }

    /** A table row; {@code category} and {@code item} are set only on the row where that cell starts. */
    public record Row(@Nullable CategoryCell category, @Nullable ItemCell item, List<YearCell> cells, boolean emptyCategory,
               CategoryCode categoryCode) {
    }

    public record CategoryCell(CategoryCode code, int rowspan) {
    }

    public record ItemCell(RoadmapItem item, int rowspan, int errors, int warnings, boolean first, boolean last,
                    int firstFinding) {
    }

    /** Either a blank stretch of years or one arrow, spanning {@code colspan} fiscal-year columns. */
    public record YearCell(String itemId, @Nullable Arrow arrow, int colspan, int fromColumn, String headers, boolean flagged) {

        public boolean isArrow() {
            return arrow != null;
        }
    }

    static ChartView of(RoadmapDocument document) {
        RoadmapTemplate template = document.template();
        List<FiscalYear> years = template.shownYears();
        List<Group> groups = new ArrayList<>();
        for (CategoryCode category : CategoryCode.values()) {
            List<Row> rows = new ArrayList<>();
            groups.add(new Group(category, rows));
            List<RoadmapItem> items = document.roadmap().itemsIn(category);
            if (items.isEmpty()) {
                rows.add(new Row(new CategoryCell(category, 1), null, List.of(), true, category));
                continue;
            }
            int categoryRows = items.stream().mapToInt(i -> Math.max(1, i.arrows().size())).sum();
            for (int n = 0; n < items.size(); n++) {
                RoadmapItem item = items.get(n);
                List<Finding> findings = document.findingsFor(item.id());
                int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
                int itemRows = Math.max(1, item.arrows().size());
                for (int r = 0; r < itemRows; r++) {
                    CategoryCell categoryCell = n == 0 && r == 0 ? new CategoryCell(category, categoryRows) : null;
                    ItemCell itemCell = r == 0 ? new ItemCell(item, itemRows, errors, findings.size() - errors,
                            n == 0, n == items.size() - 1,
                            findings.isEmpty() ? -1 : document.findings().indexOf(findings.get(0))) : null;
                    Arrow arrow = item.arrows().isEmpty() ? null : item.arrows().get(r);
                    rows.add(new Row(categoryCell, itemCell, cells(item, arrow, years, findings), false, category));
                }
            }
        }
        return new ChartView(document, template.periods(), years, groups);
    }

    private static List<YearCell> cells(RoadmapItem item, @Nullable Arrow arrow, List<FiscalYear> years, List<Finding> findings) {
        List<YearCell> cells = new ArrayList<>();
        int column = 0;
        while (column < years.size()) {
            FiscalYear year = years.get(column);
            if (arrow != null && arrow.span().covers(year)) {
                int end = column;
                while (end + 1 < years.size() && arrow.span().covers(years.get(end + 1))) {
                    end++;
                }
                boolean flagged = findings.stream().anyMatch(f -> arrow.id().equals(f.target().arrowId())
                        && f.severity() == Finding.Severity.ERROR);
                cells.add(new YearCell(item.id(), arrow, end - column + 1, column + 1, headers(item, years, column, end), flagged));
                column = end + 1;
            } else {
                cells.add(new YearCell(item.id(), null, 1, column + 1, headers(item, years, column, column), false));
                column++;
            }
        }
        return cells;
    }

    private static String headers(RoadmapItem item, List<FiscalYear> years, int from, int to) {
        String yearHeaders = years.subList(from, to + 1).stream().map(y -> "fy" + y.value())
                .collect(Collectors.joining(" "));
        return "item-" + item.id() + " " + yearHeaders;
    }

    public int yearCount() {
        return years.size();
    }
}
