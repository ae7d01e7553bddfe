package org.careroadmap.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads whole roadmaps in three queries (roadmaps, items, arrows) instead of Spring Data JDBC's one
 * query per roadmap and per item. Who may read which version is the service's decision.
 */
@Component
class RoadmapBulkReader {

    private final JdbcClient jdbc;

    RoadmapBulkReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One live roadmap in three queries. Spring Data JDBC's findById reads each item's arrows with a
     * query of its own and renders the SQL of each anew: 41 queries for a 40-item roadmap, the largest
     * part of a built chart page (JFR, 2026-11-26).
     */
    java.util.Optional<Roadmap> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    /** The live status of a roadmap, without loading it. */
    java.util.Optional<RoadmapStatus> status(long id) {
        return jdbc.sql("SELECT status FROM roadmap WHERE id = ?").param(id).query(String.class).optional()
                .map(RoadmapStatus::valueOf);
    }

    /** The live roadmaps with these ids, whoever may read them (the caller decides that). */
    List<Roadmap> byIds(java.util.Collection<Long> ids) {
        List<Roadmap> all = new ArrayList<>();
        List<Long> list = List.copyOf(ids);
        if (list.isEmpty()) {
            return all;
        }
        for (int from = 0; from < list.size(); from += 500) {
            all.addAll(read("r.id IN (:ids)", Map.of("ids", list.subList(from, Math.min(list.size(), from + 500)))));
        }
        return all;
    }

    private List<Roadmap> read(String where, Map<String, ?> params) {
        Map<Long, List<RoadmapItem>> itemsByRoadmap = new HashMap<>();
        Map<String, List<Arrow>> arrowsByItem = new HashMap<>();
        jdbc.sql("""
                SELECT a.roadmap_item_id, a.id, a.label, a.start_year, a.end_year, a.continues
                FROM roadmap_arrow a JOIN roadmap_item i ON i.id = a.roadmap_item_id JOIN roadmap r ON r.id = i.roadmap_id
                WHERE """ + " " + where + " ORDER BY a.roadmap_item_id, a.position")
                .params(params)
                .query(rs -> {
                    arrowsByItem.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Arrow(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)));
                });
        jdbc.sql("""
                SELECT i.roadmap_id, i.id, i.category, i.title, i.target_vision, i.achievement_year, i.measures, i.lineage
                FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id
                WHERE """ + " " + where + " ORDER BY i.roadmap_id, i.position")
                .params(params)
                .query(rs -> {
                    String id = rs.getString(2);
                    itemsByRoadmap.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RoadmapItem(id,
                            CategoryCode.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            (Integer) rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8),
                            arrowsByItem.getOrDefault(id, List.of())));
                });
        Map<Long, Roadmap> roadmaps = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.municipality_code, r.template_id, r.status, r.version, r.created_at, r.updated_at
                FROM roadmap r WHERE """ + " " + where + " ORDER BY r.municipality_code, r.id")
                .params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    roadmaps.put(id, new Roadmap(id, rs.getString(2), rs.getString(3),
                            RoadmapStatus.valueOf(rs.getString(4)), rs.getLong(5), rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant(), itemsByRoadmap.getOrDefault(id, List.of())));
                });
        return new ArrayList<>(roadmaps.values());
    }
}
