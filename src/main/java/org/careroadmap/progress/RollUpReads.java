package org.careroadmap.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a roadmap's roll-up summary (ProgressSummaries) is computed from, besides its indicators and activities. */
@Repository
class RollUpReads {

    private final JdbcClient jdbc;

    RollUpReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A year-end rating as the roll-up needs it. */
    record RatedItem(String itemId, CategoryCode category, String rating) {
    }

    /** Year-end ratings of one roadmap in every fiscal year, by year. */
    Map<Integer, List<RatedItem>> yearEndRatings(long roadmapId) {
        Map<Integer, List<RatedItem>> result = new HashMap<>();
        jdbc.sql("""
                SELECT fiscal_year, item_id, category, rating FROM progress_evaluation
                WHERE roadmap_id = ? AND stage = 'YEAR_END' AND rating IS NOT NULL""")
                .param(roadmapId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new RatedItem(rs.getString(2), CategoryCode.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return result;
    }


}
