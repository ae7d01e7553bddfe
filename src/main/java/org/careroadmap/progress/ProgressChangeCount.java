package org.careroadmap.progress;

import org.careroadmap.publication.PortalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many times a prefecture's progress data changed: raised by every write of the module (inside its
 * transaction), read by pages kept in memory to tell whether what they show may have changed.
 */
@Component
class ProgressChangeCount {

    private final JdbcClient jdbc;
    private final PortalChanges portal;

    ProgressChangeCount(JdbcClient jdbc, PortalChanges portal) {
        this.jdbc = jdbc;
        this.portal = portal;
    }

    void raise(String prefectureCode) {
        // The portal shows each municipality's latest published progress report (ProgressPortalSection).
        portal.raise(prefectureCode);
        int changed = jdbc.sql("UPDATE progress_change_count SET changes = changes + 1 WHERE prefecture_code = ?")
                .param(prefectureCode).update();
        if (changed == 0) {
            // A prefecture added after the migration (e.g. by a data set load): its first change creates the row.
            // Two first changes at the same instant end in the key's conflict, which answers 409 like any race.
            jdbc.sql("""
                    INSERT INTO progress_change_count (prefecture_code, changes)
                    SELECT code, 1 FROM prefecture WHERE code = ?
                       AND NOT EXISTS (SELECT 1 FROM progress_change_count WHERE prefecture_code = ?)""")
                    .params(prefectureCode, prefectureCode).update();
        }
    }

    long of(String prefectureCode) {
        return jdbc.sql("SELECT changes FROM progress_change_count WHERE prefecture_code = ?")
                .param(prefectureCode).query(Long.class).optional().orElse(0L);
    }
}
