package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model behind lists and the dashboard ({@code roadmap_summary}, migration V5): written
 * with each change of a roadmap, read in one query per list instead of loading and checking every
 * roadmap. Each write publishes {@link RoadmapViewSaved}, from which the insight module keeps the
 * search texts in the same transaction.
 */
@Component
class RoadmapSummaryStore {

    /** Which version of a roadmap a summary describes. */
    enum View { LIVE, PUBLISHED }

    /** One listed roadmap: its row, and the kept summaries of both views (null where none is kept). */
    record Listed(long id, String municipalityCode, String templateId, RoadmapStatus status, long version,
                  @Nullable Long publishedSnapshotId, @Nullable Kept live, @Nullable Kept published) {

        /** The live summary if it still describes the roadmap's current version. */
        @Nullable SummaryCounts freshLive() {
            return live != null && live.sourceVersion() == version ? live.counts() : null;
        }

        /** The published summary if it describes the last published snapshot. */
        @Nullable SummaryCounts freshPublished() {
            return published != null && publishedSnapshotId != null
                    && published.sourceVersion() == publishedSnapshotId ? published.counts() : null;
        }
    }

    record Kept(long sourceVersion, SummaryCounts counts) {
    }

    private static final String SUMMARY_COLUMNS = "source_version, template_id, status, updated_at, item_count, "
            + "items_a, items_b, items_c, items_d, items_e, items_f, items_g, items_h, error_count, warning_count";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RoadmapSummaryStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Replaces the summary of one view of a roadmap and tells who keeps its texts (the search index). */
    void write(Roadmap roadmap, RoadmapTemplate roadmapTemplate, View view, long sourceVersion) {
        SummaryCounts counts = SummaryCounts.of(roadmap, roadmapTemplate);
        // Deleting the summary deletes its texts too (ON DELETE CASCADE).
        jdbc.sql("DELETE FROM roadmap_summary WHERE roadmap_id = ? AND view_kind = ?")
                .params(roadmap.id(), view.name()).update();
        List<Object> params = new ArrayList<>(List.of(roadmap.id(), view.name(), sourceVersion, counts.templateId(),
                counts.status().name(), Timestamp.from(counts.updatedAt()), counts.itemCount()));
        for (CategoryCode c : CategoryCode.values()) {
            params.add(counts.itemsPerCategory().getOrDefault(c, 0));
        }
        params.add(counts.errorCount());
        params.add(counts.warningCount());
        jdbc.sql("INSERT INTO roadmap_summary (roadmap_id, view_kind, " + SUMMARY_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(params).update();
        events.publishEvent(new RoadmapViewSaved(roadmap.id(), roadmap.municipalityCode().value(),
                view == View.PUBLISHED, roadmap.items()));
    }

    /**
     * Every roadmap in scope (a municipality code, or a prefecture code's prefix) that the reader could
     * see in some version — its own municipality's or prefecture's ({@code own}, a LIKE pattern), or any
     * published one — in the order of municipality code and id.
     */
    List<Listed> listed(String own, ListScope scope) {
        return listed(own, scope, 0, Integer.MAX_VALUE);
    }

    /** The same, one page of it: the rows from {@code offset}, at most {@code limit}. */
    List<Listed> listed(String own, ListScope scope, int offset, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.municipality_code, r.template_id, r.status, r.version,
                       (SELECT MAX(s.id) FROM roadmap_snapshot s WHERE s.roadmap_id = r.id AND s.kind = 'PUBLISHED'),
                       l.%1$s, p.%2$s
                FROM roadmap r
                LEFT JOIN roadmap_summary l ON l.roadmap_id = r.id AND l.view_kind = 'LIVE'
                LEFT JOIN roadmap_summary p ON p.roadmap_id = r.id AND p.view_kind = 'PUBLISHED'
                WHERE %3$s AND %4$s
                ORDER BY r.municipality_code, r.id
                LIMIT :limit OFFSET :offset""".formatted(
                        SUMMARY_COLUMNS.replace(", ", ", l."), SUMMARY_COLUMNS.replace(", ", ", p."),
                        scope.condition("r.municipality_code"), VISIBLE_IN_SOME_VERSION))
                .params(scope.parameters()).param("own", own).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RoadmapStatus.valueOf(rs.getString(4)), rs.getLong(5), (Long) rs.getObject(6, Long.class),
                        kept(rs, 7), kept(rs, 22)))
                .list();
    }

    /**
     * A roadmap that some version of is readable: published now, of the reader's own municipality or
     * prefecture ({@code :own}, a LIKE pattern), or published once. Exactly these give one list row each.
     */
    private static final String VISIBLE_IN_SOME_VERSION = """
            (r.status = 'PUBLISHED' OR r.municipality_code LIKE :own
             OR EXISTS (SELECT 1 FROM roadmap_snapshot e WHERE e.roadmap_id = r.id AND e.kind = 'PUBLISHED'))""";

    /** How many roadmaps {@link #listed} gives in all. */
    int countListed(String own, ListScope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM roadmap r WHERE " + scope.condition("r.municipality_code") + " AND "
                        + VISIBLE_IN_SOME_VERSION)
                .params(scope.parameters()).param("own", own).query(Integer.class).single();
    }

    private static @Nullable Kept kept(ResultSet rs, int first) throws SQLException {
        Long source = rs.getObject(first, Long.class);
        if (source == null) {
            return null;
        }
        Map<CategoryCode, Integer> perCategory = new EnumMap<>(CategoryCode.class);
        int column = first + 5;
        for (CategoryCode c : CategoryCode.values()) {
            perCategory.put(c, rs.getInt(column++));
        }
        return new Kept(source, new SummaryCounts(rs.getString(first + 1), RoadmapStatus.valueOf(rs.getString(first + 2)),
                rs.getTimestamp(first + 3).toInstant(), perCategory, rs.getInt(first + 4), rs.getInt(column),
                rs.getInt(column + 1)));
    }

    /** Roadmaps whose kept summary of the view is missing or older than the roadmap. */
    List<Long> staleLive() {
        return jdbc.sql("""
                SELECT r.id FROM roadmap r LEFT JOIN roadmap_summary l ON l.roadmap_id = r.id AND l.view_kind = 'LIVE'
                WHERE l.source_version IS NULL OR l.source_version <> r.version ORDER BY r.id""")
                .query(Long.class).list();
    }

    /** Roadmaps with a published snapshot whose published summary is missing or older than it. */
    List<Long> stalePublished() {
        return jdbc.sql("""
                SELECT x.roadmap_id FROM (SELECT roadmap_id, MAX(id) AS snapshot_id FROM roadmap_snapshot
                                           WHERE kind = 'PUBLISHED' GROUP BY roadmap_id) x
                LEFT JOIN roadmap_summary p ON p.roadmap_id = x.roadmap_id AND p.view_kind = 'PUBLISHED'
                WHERE p.source_version IS NULL OR p.source_version <> x.snapshot_id ORDER BY x.roadmap_id""")
                .query(Long.class).list();
    }
}
