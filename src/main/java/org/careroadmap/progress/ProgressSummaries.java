package org.careroadmap.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.TransactionMemory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roll-up of each roadmap per fiscal year (table progress_summary, V210): per category and year-end rating the
 * number of items and their indicators on target. Written again for a whole roadmap in the transaction of every
 * change of its evaluations, indicators or activities (ProgressGuard.record), so the prefecture's roll-up and
 * dashboard read a few rows per roadmap with one indexed query instead of all the rows they stand on.
 */
@Repository
class ProgressSummaries {

    /** The category and rating of the row holding indicators of items not rated that year (no category is '-'). */
    static final String NOT_RATED = "-";

    /** One row: items of a category with one rating (or, NOT_RATED, indicators of unrated items). */
    record Row(long roadmapId, int fiscalYear, String category, String rating, int items, int onTarget, int measured) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ProgressStore store;
    private final RollUpReads reads;

    ProgressSummaries(JdbcClient jdbc, JdbcTemplate batch, ProgressStore store, RollUpReads reads) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.store = store;
        this.reads = reads;
    }

    /**
     * Has the roadmap's rows computed again once just before the transaction commits, however many of its
     * evaluations, indicators and activities it changes (at once outside a transaction).
     */
    void refreshBeforeCommit(long roadmapId) {
        TransactionMemory.beforeCommit(new Pending(roadmapId), () -> refresh(roadmapId));
    }

    /** A roadmap whose rows this transaction will compute again before it commits. */
    private record Pending(long roadmapId) {
    }

    /** A read in the transaction that changed progress sees its rows as they will commit. */
    private static void refreshPending() {
        TransactionMemory.runPending(key -> key instanceof Pending);
    }

    /**
     * Computes the roadmap's rows afresh from its evaluations, indicators and activities and replaces the stored
     * ones. Called after the prefecture's change count was raised in the same transaction: that row's lock makes
     * concurrent writers of a prefecture wait for each other, so each computes from what the previous committed.
     */
    void refresh(long roadmapId) {
        List<Row> rows = compute(roadmapId);
        jdbc.sql("DELETE FROM progress_summary WHERE roadmap_id = ?").param(roadmapId).update();
        batch.batchUpdate("""
                INSERT INTO progress_summary (roadmap_id, fiscal_year, category, rating, items, indicators_on_target,
                    indicators_measured) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, r) -> {
            ps.setLong(1, r.roadmapId());
            ps.setInt(2, r.fiscalYear());
            ps.setString(3, r.category());
            ps.setString(4, r.rating());
            ps.setInt(5, r.items());
            ps.setInt(6, r.onTarget());
            ps.setInt(7, r.measured());
        });
    }

    /** The roadmap's rows as its evaluations, indicators and activities give them now. */
    List<Row> compute(long roadmapId) {
        Map<Integer, List<RollUpReads.RatedItem>> ratings = reads.yearEndRatings(roadmapId);
        List<Indicator> indicators = store.indicators(roadmapId);
        Map<String, List<Activity>> activities = new HashMap<>();
        if (indicators.stream().anyMatch(i -> i.source() != IndicatorSource.MANUAL)) {
            store.activities(roadmapId, null).forEach(a -> activities.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a));
        }
        TreeSet<Integer> years = new TreeSet<>(ratings.keySet());
        indicators.forEach(i -> years.addAll(i.values().keySet()));
        List<Row> rows = new ArrayList<>();
        for (int year : years) {
            rows.addAll(rowsOfYear(roadmapId, FiscalYear.of(year), ratings.getOrDefault(year, List.of()), indicators,
                    activities));
        }
        return rows;
    }

    /** One year's rows: each rated item in its (category, rating) row with its indicators, the rest in NOT_RATED. */
    static List<Row> rowsOfYear(long roadmapId, FiscalYear year, List<RollUpReads.RatedItem> rated,
                                List<Indicator> indicators, Map<String, List<Activity>> activitiesByItem) {
        Map<String, int[]> perItem = new HashMap<>();
        for (Indicator i : indicators) {
            i.onTarget(year, activitiesByItem.getOrDefault(i.itemId(), List.of())).ifPresent(onTarget -> {
                int[] r = perItem.computeIfAbsent(i.itemId(), k -> new int[2]);
                r[0] += onTarget ? 1 : 0;
                r[1]++;
            });
        }
        Map<List<String>, int[]> groups = new java.util.LinkedHashMap<>();
        for (RollUpReads.RatedItem item : rated) {
            int[] ind = perItem.remove(item.itemId());
            int[] g = groups.computeIfAbsent(List.of(item.category().name(), item.rating()), k -> new int[3]);
            g[0]++;
            g[1] += ind == null ? 0 : ind[0];
            g[2] += ind == null ? 0 : ind[1];
        }
        for (int[] ind : perItem.values()) {
            int[] g = groups.computeIfAbsent(List.of(NOT_RATED, NOT_RATED), k -> new int[3]);
            g[1] += ind[0];
            g[2] += ind[1];
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, g) -> rows.add(new Row(roadmapId, year.value(), key.get(0), key.get(1), g[0], g[1], g[2])));
        return rows;
    }

    /** The stored rows of many roadmaps in the given fiscal years, by roadmap id and then year. */
    Map<Long, Map<Integer, List<Row>>> read(Collection<Long> roadmapIds, Collection<Integer> years) {
        Map<Long, Map<Integer, List<Row>>> result = new HashMap<>();
        if (roadmapIds.isEmpty() || years.isEmpty()) {
            return result;
        }
        refreshPending();
        jdbc.sql("""
                SELECT roadmap_id, fiscal_year, category, rating, items, indicators_on_target, indicators_measured
                FROM progress_summary WHERE roadmap_id IN (:ids) AND fiscal_year IN (:years)""")
                .param("ids", roadmapIds).param("years", years)
                .query(rs -> {
                    Row row = new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7));
                    result.computeIfAbsent(row.roadmapId(), k -> new HashMap<>())
                            .computeIfAbsent(row.fiscalYear(), k -> new ArrayList<>()).add(row);
                });
        return result;
    }

    /** The fiscal years in which any of these roadmaps has a year-end rating. */
    List<Integer> ratedYears(Collection<Long> roadmapIds) {
        if (roadmapIds.isEmpty()) {
            return List.of();
        }
        refreshPending();
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM progress_summary WHERE roadmap_id IN (:ids) AND items > 0 "
                        + "ORDER BY fiscal_year")
                .param("ids", roadmapIds).query(Integer.class).list();
    }

    /** Adds stored rows to a roll-up: rated items into their category, indicators of unrated items into the total. */
    static void addTo(RollUp rollUp, List<Row> rows) {
        for (Row r : rows) {
            if (NOT_RATED.equals(r.category())) {
                rollUp.addIndicators(r.onTarget(), r.measured());
            } else {
                rollUp.add(CategoryCode.valueOf(r.category()), r.rating(), r.items(), r.onTarget(), r.measured());
            }
        }
    }
}
