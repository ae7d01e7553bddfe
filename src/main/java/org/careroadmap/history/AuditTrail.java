package org.careroadmap.history;

import org.jspecify.annotations.Nullable;
import java.sql.Timestamp;
import java.util.Arrays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.roadmap.RoadmapChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The append-only change history. Written by a synchronous listener inside the changing
 * transaction, so a change and its record commit or roll back together. There is deliberately no
 * way to update or delete an entry.
 */
@Component
public class AuditTrail {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void record(RoadmapChanged change) {
        jdbc.sql("""
                INSERT INTO audit_entry (roadmap_id, municipality_code, roadmap_version, at, actor, action,
                    target_type, target_id, target_label, before_values, after_values)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                // As a list: target_id is null for a change of the whole roadmap, which params(Object...) does not declare.
                .params(Arrays.asList(change.roadmapId(), change.municipalityCode(), change.version(),
                        Timestamp.from(change.at()), change.actor(), change.action(), change.targetType(), change.targetId(),
                        truncate(change.targetLabel()), json.writeValueAsString(change.before()),
                        json.writeValueAsString(change.after())))
                .update();
    }

    /** The history of one roadmap, newest first, filtered by person, date range (Japan time) and item text. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long roadmapId, HistoryFilter filter) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, roadmap_id, roadmap_version, at, actor, action, target_type, target_id, target_label,
                       before_values, after_values FROM audit_entry WHERE roadmap_id = ?""");
        List<Object> params = new ArrayList<>(List.of(roadmapId));
        if (filter.person() != null && !filter.person().isBlank()) {
            sql.append(" AND actor = ?");
            params.add(filter.person().strip());
        }
        if (filter.from() != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(JAPAN).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(JAPAN).toInstant()));
        }
        if (filter.item() != null && !filter.item().isBlank()) {
            sql.append(" AND (target_id = ? OR LOWER(target_label) LIKE ?)");
            params.add(filter.item().strip());
            params.add("%" + filter.item().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY at DESC, id DESC");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), values(rs.getString(10)), values(rs.getString(11)))).list();
    }

    @Transactional(readOnly = true)
    public List<String> people(long roadmapId) {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_entry WHERE roadmap_id = ? ORDER BY actor")
                .param(roadmapId).query(String.class).list();
    }

    private Map<String, String> values(String text) {
        return json.readValue(text, VALUES);
    }

    private static String truncate(String label) {
        return label == null || label.length() <= 500 ? label : label.substring(0, 500);
    }

    /** What the history page filters by; every part optional. */
    public record HistoryFilter(@Nullable String person, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String item) {
    }

}
