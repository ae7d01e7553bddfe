package org.careroadmap.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.jspecify.annotations.Nullable;

/**
 * Shares of points reached, per category A–H and overall, with the 「概ね構築」 label from the sheet's
 * threshold. A criterion's points count times its weight; an unanswered criterion counts as not reached.
 * Shares are between 0 and 1; a category without criteria has none (null).
 */
public record Achievement(Map<CategoryCode, Double> shares, double overall, boolean mostlyBuilt) {

    public Achievement {
        Map<CategoryCode, Double> copy = new EnumMap<>(CategoryCode.class);
        copy.putAll(shares);
        shares = java.util.Collections.unmodifiableMap(copy);
    }

    /** One area's achievement against the sheet; {@code points} maps a criterion id to its answer. */
    public static Achievement of(EvaluationSheet sheet, Map<Long, Integer> points) {
        return of(sheet, java.util.List.of(points));
    }

    /**
     * Several areas together, as the municipality's figure: the points of all areas over the points all
     * could reach, so each area weighs the same.
     */
    public static Achievement of(EvaluationSheet sheet, Collection<Map<Long, Integer>> areas) {
        Map<CategoryCode, Double> shares = new EnumMap<>(CategoryCode.class);
        double reachedAll = 0;
        double possibleAll = 0;
        for (CategoryCode category : CategoryCode.values()) {
            double reached = 0;
            double possible = 0;
            for (Criterion criterion : sheet.criteriaOf(category)) {
                for (Map<Long, Integer> points : areas) {
                    Integer answer = points.get(criterion.id());
                    possible += criterion.weight();
                    if (answer != null) {
                        reached += criterion.weight() * Math.min(answer, criterion.maxPoints()) / (double) criterion.maxPoints();
                    }
                }
            }
            if (possible > 0) {
                shares.put(category, reached / possible);
            }
            reachedAll += reached;
            possibleAll += possible;
        }
        double overall = possibleAll == 0 ? 0 : reachedAll / possibleAll;
        // Compared in whole per mille so that 8 of 10 criteria (0.8 in floating point) meets 80 %.
        boolean mostlyBuilt = possibleAll > 0 && Math.round(overall * 1000) >= sheet.thresholdPercent() * 10L;
        return new Achievement(shares, overall, mostlyBuilt);
    }

    /** The share of a category in whole percent, or null where the sheet has no criterion in it. */
    public @Nullable Integer percent(CategoryCode category) {
        Double share = shares.get(category);
        return share == null ? null : (int) Math.round(share * 100);
    }

    public int overallPercent() {
        return (int) Math.round(overall * 100);
    }
}
