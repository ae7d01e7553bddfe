package org.careroadmap.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.careroadmap.platform.StateQuery;
import org.careroadmap.platform.StateReads;
import org.careroadmap.reference.FiscalYear;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * What pages kept in memory compare to tell whether progress they show may have changed, read from the
 * database on every request (so a change through any node is seen at once by every node) without
 * building what they show.
 */
@Component
public class ProgressVersions {

    private final ProgressChangeCount changes;
    private final StateReads stateReads;
    private final Clock clock;

    ProgressVersions(ProgressChangeCount changes, StateReads stateReads, Clock clock) {
        this.changes = changes;
        this.stateReads = stateReads;
        this.clock = clock;
    }

    /** The prefecture's progress as its dashboard shows it: every change of it, and this fiscal year. */
    public String dashboardState(String prefectureCode) {
        return FiscalYear.containing(LocalDate.now(clock)).value() + ":" + changes.of(prefectureCode);
    }

    /**
     * The published progress of a roadmap, as the public chart shows it: its published reports (evaluations of a
     * published year cannot change) and, when there are any, the prefecture's rating scale, whose words the chart
     * shows (a change of the scale raises the prefecture's change count).
     */
    public @Nullable String publishedState(long roadmapId) {
        return stateReads.read(List.of(publishedStateQuery(roadmapId)));
    }

    /** {@link #publishedState} as one scalar query, read with the rest of a kept chart's state. */
    public StateQuery publishedStateQuery(long roadmapId) {
        return StateQuery.of("""
                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(p.version), 0) AS VARCHAR(30)), '/',
                       CAST(COALESCE(MAX(p.fiscal_year), 0) AS VARCHAR(10)), '/', CAST(COALESCE(SUM(p.id), 0) AS VARCHAR(30)), '/',
                       CASE WHEN COUNT(*) = 0 THEN '-' ELSE CAST(COALESCE((SELECT c.changes FROM progress_change_count c
                            JOIN roadmap r ON c.prefecture_code = LEFT(r.municipality_code, 2) WHERE r.id = ?), 0) AS VARCHAR(20)) END)
                FROM progress_report p WHERE p.roadmap_id = ? AND p.status = 'PUBLISHED'""", roadmapId, roadmapId);
    }

    /**
     * What the chart's progress panel shows the municipality's staff and the prefecture, without building it: this
     * fiscal year (its column), every progress change of the prefecture (arrow statuses, evaluations, the rating
     * scale: each write raises the count in its transaction), and the earlier roadmaps of the municipality, whose
     * items carried forward after falling short the panel marks.
     */
    public StateQuery chartState(long roadmapId) {
        return StateQuery.of("""
                SELECT CONCAT(CAST(? AS VARCHAR(10)), '/',
                       CAST(COALESCE((SELECT c.changes FROM progress_change_count c
                                      WHERE c.prefecture_code = LEFT(r.municipality_code, 2)), 0) AS VARCHAR(20)), '/',
                       CAST((SELECT COUNT(*) FROM roadmap o WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(20)), '/',
                       CAST((SELECT COALESCE(SUM(o.version), 0) FROM roadmap o
                             WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(30)))
                FROM roadmap r WHERE r.id = ?""", FiscalYear.containing(LocalDate.now(clock)).value(), roadmapId);
    }
}
