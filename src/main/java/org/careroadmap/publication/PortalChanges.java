package org.careroadmap.publication;

import org.careroadmap.platform.ChangeCounter;
import org.careroadmap.roadmap.RoadmapChanged;
import org.careroadmap.roadmap.RoadmapViewSaved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many times what the public portal shows of a prefecture may have changed: one keyed row per prefecture
 * (V230), raised inside the changing transaction — by the roadmap events here, and by each module behind a
 * {@link PortalSection} when it changes what its section shows — and read by the kept portal pages and the
 * catalogue on every request (issue 13: one query instead of one per section). Raised and read as every such count
 * is (platform's {@link ChangeCounter}): once per transaction, however many rows it writes.
 */
@Service
public class PortalChanges {

    private final ChangeCounter count;

    PortalChanges(JdbcClient jdbc) {
        this.count = ChangeCounter.perPrefecture(jdbc, "portal_change_count");
    }

    /** Call inside the transaction that changes something the portal shows for a municipality (or prefecture). */
    public void raise(String placeCode) {
        count.raise(placeCode.substring(0, 2));
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
        return count.of(prefectureCode);
    }

    /** The count of every prefecture together, for what covers the whole country (the catalogue). */
    long everywhere() {
        return count.sum();
    }
}
