package org.careroadmap.resourcemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.careroadmap.publication.PortalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of every resource: who changed what and when, written in the same transaction as the change. */
@Repository
class ResourceHistory {

    private final JdbcClient jdbc;
    private final PortalChanges portal;

    ResourceHistory(JdbcClient jdbc, PortalChanges portal) {
        this.jdbc = jdbc;
        this.portal = portal;
    }

    void record(long resourceId, String municipalityCode, String action, String detail, String by, Instant at) {
        jdbc.sql("INSERT INTO resource_history (resource_id, municipality_code, changed_at, changed_by, action, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(resourceId, municipalityCode, Timestamp.from(at), by, action, detail).update();
        // Every change of a resource is recorded here: the portal shows each municipality's resource count.
        portal.raise(municipalityCode);
    }

    List<HistoryEntry> of(long resourceId) {
        return jdbc.sql("SELECT changed_at, changed_by, action, detail FROM resource_history WHERE resource_id = ? "
                        + "ORDER BY changed_at DESC, id DESC")
                .param(resourceId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
