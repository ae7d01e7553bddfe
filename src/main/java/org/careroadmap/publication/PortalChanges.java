package org.careroadmap.publication;

import java.util.HashSet;
import java.util.Set;

import org.careroadmap.roadmap.RoadmapChanged;
import org.careroadmap.roadmap.RoadmapViewSaved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many times what the public portal shows of a prefecture may have changed: one keyed row per prefecture
 * (V230), raised inside the changing transaction — by the roadmap events here, and by each module behind a
 * {@link PortalSection} when it changes what its section shows — and read by the kept portal pages and the
 * catalogue on every request (issue 13: one query instead of one per section). A transaction raises a
 * prefecture's row once, however many rows it writes (an import of 20,000 resources is one raise).
 */
@Service
public class PortalChanges {

    private static final Object RAISED = new Object();

    private final JdbcClient jdbc;

    PortalChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that changes something the portal shows for a municipality (or prefecture). */
    public void raise(String placeCode) {
        String prefecture = placeCode.substring(0, 2);
        if (raisedInThisTransaction(prefecture)) {
            return;
        }
        jdbc.sql("""
                MERGE INTO portal_change_count c
                USING (SELECT CAST(? AS VARCHAR(2)) AS prefecture_code) p ON c.prefecture_code = p.prefecture_code
                WHEN MATCHED THEN UPDATE SET changes = c.changes + 1
                WHEN NOT MATCHED THEN INSERT (prefecture_code, changes) VALUES (p.prefecture_code, 1)""")
                .param(prefecture).update();
    }

    @EventListener
    void roadmapChanged(RoadmapChanged changed) {
        raise(changed.municipalityCode());
    }

    /** A published version's summary written (a publication): what the portal lists. */
    @EventListener
    void roadmapViewSaved(RoadmapViewSaved saved) {
        raise(saved.municipalityCode());
    }

    /** The count of one prefecture (0 for one never changed). */
    long of(String prefectureCode) {
        return jdbc.sql("SELECT changes FROM portal_change_count WHERE prefecture_code = ?")
                .param(prefectureCode).query(Long.class).optional().orElse(0L);
    }

    /** The count of every prefecture together, for what covers the whole country (the catalogue). */
    long everywhere() {
        return jdbc.sql("SELECT COALESCE(SUM(changes), 0) FROM portal_change_count").query(Long.class).single();
    }

    /**
     * Whether this transaction has raised the prefecture already (and notes that it has now). Raising once is
     * enough: readers see the count change at the commit, together with everything the transaction wrote.
     */
    @SuppressWarnings("unchecked")
    private static boolean raisedInThisTransaction(String prefecture) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Set<String> raised = (Set<String>) TransactionSynchronizationManager.getResource(RAISED);
        if (raised == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(RAISED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RAISED);
                }
            });
            raised = fresh;
        }
        return !raised.add(prefecture);
    }
}
