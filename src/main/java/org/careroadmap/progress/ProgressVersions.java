package org.careroadmap.progress;

import java.time.Clock;
import java.time.LocalDate;

import org.careroadmap.reference.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What pages kept in memory compare to tell whether progress they show may have changed, read from the
 * database on every request (so a change through any node is seen at once by every node) without
 * building what they show.
 */
@Component
public class ProgressVersions {

    private final ProgressChangeCount changes;
    private final ProgressStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgressVersions(ProgressChangeCount changes, ProgressStore store, JdbcClient jdbc, Clock clock) {
        this.changes = changes;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The prefecture's progress as its dashboard shows it: every change of it, and this fiscal year. */
    public String dashboardState(String prefectureCode) {
        return FiscalYear.containing(LocalDate.now(clock)).value() + ":" + changes.of(prefectureCode);
    }

    /**
     * The published progress of a roadmap, as the public chart shows it: its published reports (evaluations of a
     * published year cannot change) and the prefecture's rating scale, whose words the chart shows.
     */
    public String publishedState(long roadmapId) {
        String reports = jdbc.sql("""
                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(version), 0) AS VARCHAR(30)), '/',
                       CAST(COALESCE(MAX(fiscal_year), 0) AS VARCHAR(10)), '/', CAST(COALESCE(SUM(id), 0) AS VARCHAR(30)))
                FROM progress_report WHERE roadmap_id = ? AND status = 'PUBLISHED'""")
                .param(roadmapId).query(String.class).single();
        if (reports.startsWith("0/")) {
            return reports;
        }
        String prefecture = jdbc.sql("SELECT LEFT(municipality_code, 2) FROM roadmap WHERE id = ?")
                .param(roadmapId).query(String.class).optional().orElse("");
        return reports + "/" + store.scale(prefecture).ratings();
    }
}
