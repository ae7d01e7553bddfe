package org.careroadmap.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read, whoever asks: only each roadmap's last published version (公開版), never
 * a draft — also not for a signed-in reviewer who could read the draft elsewhere. The portal, the
 * open-data files and the PDFs read through here, so nothing unpublished can reach them.
 */
@Service
public class PublishedRoadmaps {

    /**
     * One published roadmap as listed: its last publication (第N版, when; 0 and the last change for a roadmap
     * written as published without a snapshot) and items per category A–H.
     */
    public record Entry(long roadmapId, String municipalityCode, String templateId, int versionNumber,
                        long snapshotId, Instant publishedAt, Map<CategoryCode, Integer> itemsPerCategory,
                        int itemCount, RoadmapStatus liveStatus) {

        public Entry {
            itemsPerCategory = Map.copyOf(itemsPerCategory);
        }

        /** The number of items in one category (0 for none). */
        public int itemsIn(CategoryCode category) {
            return itemsPerCategory.getOrDefault(category, 0);
        }

        /** Whether the municipality is drafting a revision (the public keeps seeing this version meanwhile). */
        public boolean revisionInProgress() {
            return liveStatus != RoadmapStatus.PUBLISHED;
        }
    }

    /** A published version in full, with the publication it is. */
    public record Published(RoadmapDocument document, int versionNumber, long snapshotId, Instant publishedAt) {
    }

    /** One publication (公開) of a roadmap. */
    public record Publication(int versionNumber, long snapshotId, Instant publishedAt) {
    }

    private final JdbcClient jdbc;
    private final RoadmapBulkReader bulk;
    private final SnapshotStore snapshots;
    private final ReferenceData reference;

    PublishedRoadmaps(JdbcClient jdbc, RoadmapBulkReader bulk, SnapshotStore snapshots, ReferenceData reference) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.snapshots = snapshots;
        this.reference = reference;
    }

    /**
     * Every roadmap in scope that was ever published, ordered by municipality code and id: one query
     * over the kept summaries; a summary that does not describe the last publication is computed.
     */
    @Transactional(readOnly = true)
    public List<Entry> list(ListScope scope) {
        // A roadmap whose live status is 公開 is its own published version (it cannot change until 改訂), so its
        // LIVE summary is read; one being revised shows its last published snapshot's summary. A roadmap written
        // as published around the application (no snapshot: imported data, benchmarks) counts as published too.
        List<ListedRow> rows = jdbc.sql("""
                SELECT r.id, r.municipality_code, r.status, r.version, s.id, s.number,
                       COALESCE(s.created_at, r.updated_at), COALESCE(s.template_id, r.template_id),
                       k.source_version, k.items_a, k.items_b, k.items_c, k.items_d, k.items_e, k.items_f, k.items_g, k.items_h
                FROM roadmap r
                LEFT JOIN roadmap_snapshot s ON s.roadmap_id = r.id AND s.kind = 'PUBLISHED'
                     AND s.id = (SELECT MAX(s2.id) FROM roadmap_snapshot s2 WHERE s2.roadmap_id = r.id AND s2.kind = 'PUBLISHED')
                LEFT JOIN roadmap_summary k ON k.roadmap_id = r.id
                     AND k.view_kind = CASE WHEN r.status = 'PUBLISHED' THEN 'LIVE' ELSE 'PUBLISHED' END
                WHERE (r.status = 'PUBLISHED' OR s.id IS NOT NULL) AND %s
                ORDER BY r.municipality_code, r.id""".formatted(scope.condition("r.municipality_code")))
                .params(scopeParameters(scope))
                .query((rs, n) -> ListedRow.read(rs)).list();
        List<Entry> entries = new ArrayList<>();
        for (ListedRow row : rows) {
            Optional<Map<CategoryCode, Integer>> counts = row.keptCounts().or(() -> countedAfresh(row.id()));
            counts.ifPresent(perCategory -> entries.add(row.entry(perCategory)));
        }
        return entries;
    }

    /** One row of {@link #list}'s query, read whole before anything else is looked up. */
    private record ListedRow(long id, String code, String status, long version, Long snapshotId, int number, Instant at,
                             String templateId, Long source, int[] counts) {

        static ListedRow read(ResultSet rs) throws SQLException {
            int[] counts = new int[CategoryCode.values().length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getInt(10 + i);
            }
            return new ListedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getObject(5, Long.class), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                    rs.getString(8), rs.getObject(9, Long.class), counts);
        }

        /** The kept summary's counts, if it describes the published version (the live roadmap or the snapshot). */
        Optional<Map<CategoryCode, Integer>> keptCounts() {
            Long expectedSource = "PUBLISHED".equals(status) ? Long.valueOf(version) : snapshotId;
            if (source == null || !source.equals(expectedSource)) {
                return Optional.empty();
            }
            Map<CategoryCode, Integer> perCategory = new EnumMap<>(CategoryCode.class);
            for (CategoryCode c : CategoryCode.values()) {
                perCategory.put(c, counts[c.ordinal()]);
            }
            return Optional.of(perCategory);
        }

        Entry entry(Map<CategoryCode, Integer> perCategory) {
            int total = perCategory.values().stream().mapToInt(Integer::intValue).sum();
            return new Entry(id, code, templateId, number, snapshotId == null ? 0 : snapshotId, at, perCategory, total,
                    RoadmapStatus.valueOf(status));
        }
    }

    /** Items per category of a roadmap's published version, computed from the roadmap; empty if there is none. */
    private Optional<Map<CategoryCode, Integer>> countedAfresh(long roadmapId) {
        return bulk.byId(roadmapId).flatMap(this::publishedVersion).map(version -> {
            Map<CategoryCode, Integer> perCategory = new EnumMap<>(CategoryCode.class);
            for (CategoryCode c : CategoryCode.values()) {
                perCategory.put(c, version.itemsIn(c).size());
            }
            return perCategory;
        });
    }

    /** The published version of a live roadmap: itself while 公開, else its last published snapshot. */
    private Optional<Roadmap> publishedVersion(Roadmap live) {
        if (live.status() == RoadmapStatus.PUBLISHED) {
            return Optional.of(live);
        }
        return snapshots.publishedVersion(live).map(SnapshotStore.PublishedVersion::roadmap);
    }

    /** The last published version of a roadmap; empty for one never published (or unknown). */
    @Transactional(readOnly = true)
    public Optional<Published> latest(long roadmapId) {
        return bulk.byId(roadmapId).flatMap(live -> {
            Optional<RoadmapSnapshot> snapshot = snapshots.latestPublished(live.id());
            if (live.status() == RoadmapStatus.PUBLISHED) {
                // Unchanged since its publication (a change needs 改訂 first): the live roadmap, no thawing.
                return Optional.of(new Published(document(live), snapshot.map(RoadmapSnapshot::number).orElse(0),
                        snapshot.map(RoadmapSnapshot::id).orElse(0L),
                        snapshot.map(RoadmapSnapshot::createdAt).orElse(live.updatedAt())));
            }
            return snapshot.map(s -> new Published(document(snapshots.thaw(s, live)), s.number(), s.id(), s.createdAt()));
        });
    }

    /** Every publication of a roadmap, oldest first; empty for one never published. */
    @Transactional(readOnly = true)
    public List<Publication> publications(long roadmapId) {
        return snapshots.list(roadmapId).stream().filter(s -> s.kind() == RoadmapStatus.PUBLISHED)
                .map(s -> new Publication(s.number(), s.id(), s.createdAt())).toList();
    }

    /** A publication anywhere in scope, for feeds. */
    public record RecentPublication(long roadmapId, String municipalityCode, String templateId, int versionNumber,
                                    Instant publishedAt) {
    }

    /** The newest publications in scope, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<RecentPublication> recent(ListScope scope, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.municipality_code, s.template_id, s.number, s.created_at
                FROM roadmap_snapshot s JOIN roadmap r ON r.id = s.roadmap_id
                WHERE s.kind = 'PUBLISHED' AND %s
                ORDER BY s.created_at DESC, s.id DESC
                LIMIT :limit""".formatted(scope.condition("r.municipality_code")))
                .params(scopeParameters(scope)).param("limit", limit)
                .query((rs, n) -> new RecentPublication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static Map<String, Object> scopeParameters(ListScope scope) {
        return scope.everything() ? Map.of() : Map.of("scopeFrom", scope.from(), "scopeTo", scope.to());
    }

    private RoadmapDocument document(Roadmap roadmap) {
        RoadmapTemplate template = reference.template(roadmap.templateId())
                .orElseThrow(() -> new IllegalStateException("template missing: " + roadmap.templateId()));
        Municipality municipality = reference.municipality(roadmap.municipalityCode())
                .orElseThrow(() -> new IllegalStateException("municipality missing: " + roadmap.municipalityCode()));
        return new RoadmapDocument(roadmap, municipality, template, TemplateRuleChecker.check(roadmap, template));
    }
}
