package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps frozen copies of roadmaps as JSON, and rebuilds a read-only {@link Roadmap} from one so
 * that the chart, the diff and the public page can show it exactly as it was.
 */
@Component
class SnapshotStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SnapshotStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    RoadmapSnapshot freeze(Roadmap roadmap, RoadmapStatus kind, String by, Instant at) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM roadmap_snapshot WHERE roadmap_id = ?")
                .param(roadmap.id()).query(Integer.class).single();
        List<Content.Item> items = new ArrayList<>();
        for (RoadmapItem i : roadmap.items()) {
            items.add(new Content.Item(i.id(), i.category().name(), i.title(), i.targetVision(),
                    i.achievementYear().map(y -> y.value()).orElse(null), i.measures(), i.lineage(),
                    i.arrows().stream().map(a -> new Content.ArrowPart(a.id(), a.label(), a.start().value(),
                            a.end().value(), a.continues())).toList()));
        }
        String content = json.writeValueAsString(new Content(roadmap.municipalityCode().value(), items));
        jdbc.sql("""
                INSERT INTO roadmap_snapshot (roadmap_id, number, kind, template_id, content, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(roadmap.id(), number, kind.name(), roadmap.templateId(), content, Timestamp.from(at), by)
                .update();
        return latest(roadmap.id()).orElseThrow();
    }

    List<RoadmapSnapshot> list(long roadmapId) {
        return jdbc.sql("""
                SELECT id, roadmap_id, number, kind, template_id, created_at, created_by FROM roadmap_snapshot
                WHERE roadmap_id = ? ORDER BY number""").param(roadmapId)
                .query((rs, n) -> new RoadmapSnapshot(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        RoadmapStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    Optional<RoadmapSnapshot> latest(long roadmapId) {
        List<RoadmapSnapshot> all = list(roadmapId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    Optional<RoadmapSnapshot> latestPublished(long roadmapId) {
        return list(roadmapId).stream().filter(s -> s.kind() == RoadmapStatus.PUBLISHED)
                .reduce((a, b) -> b);
    }

    /** A roadmap's last published version, and the snapshot it was rebuilt from. */
    record PublishedVersion(long snapshotId, Roadmap roadmap) {
    }

    /** The last published version of a live roadmap, if it was ever published. */
    Optional<PublishedVersion> publishedVersion(Roadmap live) {
        return latestPublished(live.id()).map(s -> new PublishedVersion(s.id(), thaw(s, live)));
    }

    /** The roadmap as it was in the snapshot, with the live roadmap's identity and timestamps. */
    Roadmap thaw(RoadmapSnapshot snapshot, Roadmap live) {
        String text = jdbc.sql("SELECT content FROM roadmap_snapshot WHERE id = ?").param(snapshot.id())
                .query(String.class).single();
        Content content = json.readValue(text, Content.class);
        List<RoadmapItem> items = new ArrayList<>();
        for (Content.Item i : content.items()) {
            List<Arrow> arrows = i.arrows().stream()
                    .map(a -> new Arrow(a.id(), a.label(), a.start(), a.end(), a.continues())).toList();
            items.add(new RoadmapItem(i.id(), org.careroadmap.reference.CategoryCode.valueOf(i.category()), i.title(),
                    i.targetVision(), i.achievementYear(), i.measures(), i.lineage(), arrows));
        }
        return new Roadmap(live.id(), content.municipalityCode(), snapshot.templateId(), snapshot.kind(), live.version(),
                live.createdAt(), snapshot.createdAt(), items);
    }

    /**
     * The stored form: plain values only, so old snapshots stay readable as the code evolves. An item's lineage
     * (V213) is kept so a version read back still belongs to its line across plan periods; snapshots frozen before
     * it was kept have none, which reads as null, as for the live rows of that time.
     */
    record Content(String municipalityCode, List<Item> items) {

        record Item(String id, String category, String title, String targetVision, @Nullable Integer achievementYear,
                    String measures, @Nullable String lineage, List<ArrowPart> arrows) {
        }

        record ArrowPart(String id, String label, int start, int end, boolean continues) {
        }
    }
}
