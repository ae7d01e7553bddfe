package org.careroadmap.resourcemap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The progress of imports being read, one row per import in {@code import_progress} (V225), so that any node can
 * answer the form that asks. Written outside the import's own transaction (suspended, each statement autocommits):
 * the import's rows stay all or nothing while its progress is visible at once. An import id is made by the server
 * for the form; a row belongs to the account that wrote it first, and nobody else reads or moves it.
 */
@Repository
public class ImportProgresses {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportProgresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new import id for an upload form: random, so nobody can guess another's. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether a form sent an id of ours; any other text is no import id (and is never written). */
    public static boolean isId(@Nullable String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Records how far the import has come. The first write of an import also deletes the rows nobody touched for a
     * day. An id that another account already holds is left as it is: that import simply shows no progress.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void write(String id, String account, ImportProgress progress) {
        Timestamp now = Timestamp.from(clock.instant());
        int moved = jdbc.sql("UPDATE import_progress SET rows_done = ?, rows_total = ?, phase = ?, updated_at = ? "
                        + "WHERE id = ? AND account = ?")
                .params(progress.rowsDone(), progress.rowsTotal(), progress.phase().name(), now, id, account).update();
        if (moved > 0) {
            return;
        }
        jdbc.sql("DELETE FROM import_progress WHERE updated_at < ?").param(Timestamp.from(clock.instant().minus(KEPT))).update();
        try {
            jdbc.sql("INSERT INTO import_progress (id, account, rows_done, rows_total, phase, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, account, progress.rowsDone(), progress.rowsTotal(), progress.phase().name(), now).update();
        } catch (DuplicateKeyException e) {
            // Another account's id (sent back by hand): its row stays theirs.
        }
    }

    /** The progress of the import with this id, if this account started it; empty for anyone else alike. */
    @Transactional(readOnly = true)
    public Optional<ImportProgress> find(String id, String account) {
        return jdbc.sql("SELECT phase, rows_done, rows_total FROM import_progress WHERE id = ? AND account = ?")
                .params(id, account)
                .query((rs, n) -> new ImportProgress(ImportProgress.Phase.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                .optional();
    }
}
