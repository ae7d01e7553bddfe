package org.careroadmap.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the prefecture's roll-up reads of many roadmaps at once, one query per table and year, so its cost does
 * not grow with reads per roadmap.
 */
@Repository
class RollUpReads {

    private final JdbcClient jdbc;

    RollUpReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A year-end rating as the roll-up needs it. */
    record RatedItem(String itemId, CategoryCode category, String rating) {
    }

    /** Year-end ratings of many roadmaps for one year, by roadmap id. */
    Map<Long, List<RatedItem>> yearEndRatings(Collection<Long> roadmapIds, FiscalYear year) {
        Map<Long, List<RatedItem>> result = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT roadmap_id, item_id, category, rating FROM progress_evaluation
                WHERE roadmap_id IN (:ids) AND fiscal_year = :year AND stage = 'YEAR_END' AND rating IS NOT NULL""")
                .param("ids", roadmapIds).param("year", year.value())
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RatedItem(rs.getString(2), CategoryCode.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return result;
    }

    /** The fiscal years in which any of these roadmaps has a year-end rating. */
    List<Integer> ratedYears(Collection<Long> roadmapIds) {
        if (roadmapIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM progress_evaluation WHERE roadmap_id IN (:ids) "
                        + "AND stage = 'YEAR_END' AND rating IS NOT NULL ORDER BY fiscal_year")
                .param("ids", roadmapIds).query(Integer.class).list();
    }

    /** Activities of many roadmaps for one year, each without its free text (enough for indicators). */
    Map<Long, List<Activity>> activitiesForIndicators(Collection<Long> roadmapIds, FiscalYear year) {
        Map<Long, List<Activity>> result = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT id, roadmap_id, item_id, kind, held_on, participants FROM progress_activity
                WHERE roadmap_id IN (:ids) AND fiscal_year = :year""")
                .param("ids", roadmapIds).param("year", year.value())
                .query(rs -> {
                    int participants = rs.getInt(6);
                    Integer p = rs.wasNull() ? null : participants;
                    result.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Activity(rs.getLong(1),
                            rs.getLong(2), rs.getString(3), null, year, rs.getString(4), "-",
                            rs.getDate(5).toLocalDate(), p, List.of(), null, Instant.EPOCH, "-"));
                });
        return result;
    }

}
