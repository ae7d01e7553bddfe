package org.careroadmap.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The state of a municipality's roadmaps older than a given one, in one query: what the items carried forward
 * after falling short stand on (CarriedShortfalls), for pages kept in memory to compare.
 */
@Repository
class EarlierRoadmaps {

    private final JdbcClient jdbc;

    EarlierRoadmaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roadmap's municipality, and the municipality's roadmaps older than this one (their versions) and their evaluations. */
    record EarlierState(String municipalityCode, long evaluations, String state) {
    }

    EarlierState of(long roadmapId) {
        return jdbc.sql("""
                SELECT r.municipality_code,
                  (SELECT COUNT(*) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id),
                  CONCAT(
                  CAST((SELECT COUNT(*) FROM roadmap o WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(20)), '/',
                  CAST((SELECT COALESCE(SUM(o.version), 0) FROM roadmap o
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(30)), '/',
                  CAST((SELECT COALESCE(SUM(e.id), 0) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(30)), '/',
                  COALESCE(CAST((SELECT MAX(e.updated_at) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(40)), '-'))
                FROM roadmap r WHERE r.id = ?""").param(roadmapId)
                .query((rs, n) -> new EarlierState(rs.getString(1), rs.getLong(2), rs.getLong(2) + "/" + rs.getString(3)))
                .optional().orElse(null);
    }

}
