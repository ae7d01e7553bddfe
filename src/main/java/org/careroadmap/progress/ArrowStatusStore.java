package org.careroadmap.progress;

import java.util.Arrays;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status of each 工程 arrow of a roadmap (one row per arrow, the latest; older ones are in the 変更履歴).
 */
@Repository
class ArrowStatusStore {

    private final JdbcClient jdbc;

    ArrowStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, ArrowStatus> arrowStatuses(long roadmapId) {
        Map<String, ArrowStatus> result = new LinkedHashMap<>();
        jdbc.sql("SELECT arrow_id, status, note, noted_on, updated_by FROM progress_arrow_status WHERE roadmap_id = ?")
                .param(roadmapId)
                .query(rs -> {
                    result.put(rs.getString(1), new ArrowStatus(rs.getString(1), ArrowProgress.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)));
                });
        return result;
    }

    void put(long roadmapId, ArrowStatus s) {
        int changed = jdbc.sql("UPDATE progress_arrow_status SET status = ?, note = ?, noted_on = ?, updated_by = ? WHERE roadmap_id = ? AND arrow_id = ?")
                .params(Arrays.asList(s.status().name(), s.note(), Date.valueOf(s.notedOn()), s.updatedBy(), roadmapId, s.arrowId()))
                .update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO progress_arrow_status (roadmap_id, arrow_id, status, note, noted_on, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(Arrays.asList(roadmapId, s.arrowId(), s.status().name(), s.note(), Date.valueOf(s.notedOn()), s.updatedBy()))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ProgressConflictException("progress.conflict.detail");
            }
        }
    }

}
