package org.careroadmap.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.evaluation.EvaluationOverview.OverviewRow;
import org.careroadmap.reference.CategoryCode;
import org.jspecify.annotations.Nullable;

/**
 * One row of the overview page with its A–H cells worked out in Java: the template only prints them, instead of
 * evaluating three expressions per cell for every 市町 (the page was several times slower than its JSON).
 */
record OverviewLine(OverviewRow row, List<ShareCell> cells, String overall) {

    /** One category's share: {@code text} as shown ("80%", "-") and the colour class (empty where none). */
    record ShareCell(String text, String shareClass) {

        static ShareCell of(@Nullable Integer percent) {
            if (percent == null) {
                return new ShareCell("-", "");
            }
            String shareClass = percent >= 80 ? "share-high" : percent >= 50 ? "share-mid" : "share-low";
            return new ShareCell(percent + "%", shareClass);
        }
    }

    static OverviewLine of(OverviewRow row) {
        List<ShareCell> cells = new ArrayList<>(CategoryCode.values().length);
        for (CategoryCode c : CategoryCode.values()) {
            cells.add(ShareCell.of(row.achievement() == null ? null : row.achievement().percent(c)));
        }
        return new OverviewLine(row, List.copyOf(cells), row.achievement() == null ? "-" : row.achievement().overallPercent() + "%");
    }
}
