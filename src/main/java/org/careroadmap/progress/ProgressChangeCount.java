package org.careroadmap.progress;

import org.careroadmap.platform.ChangeCounter;
import org.careroadmap.publication.PortalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many times a prefecture's progress data changed (progress_change_count, platform's {@link ChangeCounter}):
 * raised by every write of the module (inside its transaction), read by pages kept in memory to tell whether what
 * they show may have changed.
 */
@Component
class ProgressChangeCount {

    private final ChangeCounter count;
    private final PortalChanges portal;

    ProgressChangeCount(JdbcClient jdbc, PortalChanges portal) {
        this.count = ChangeCounter.perKnownPrefecture(jdbc, "progress_change_count");
        this.portal = portal;
    }

    void raise(String prefectureCode) {
        // The portal shows each municipality's latest published progress report (ProgressPortalSection).
        portal.raise(prefectureCode);
        count.raise(prefectureCode);
    }

    long of(String prefectureCode) {
        return count.of(prefectureCode);
    }
}
