package org.careroadmap.resourcemap;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Passes progress on at most once per interval, except that the first report of each phase and each phase's last
 * row always go through: the watcher sees every phase begin and end, and the database gets a few writes a second
 * however many rows a file has.
 */
final class ThrottledProgress implements ImportProgressListener {

    private final ImportProgressListener target;
    private final LongSupplier millis;
    private final long intervalMillis;
    /** None before the first report. */
    private ImportProgress.@Nullable Phase lastPhase;
    private long lastAt;

    ThrottledProgress(ImportProgressListener target, LongSupplier millis, Duration interval) {
        this.target = target;
        this.millis = millis;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void reached(ImportProgress progress) {
        long now = millis.getAsLong();
        if (progress.phase() != lastPhase || progress.endsPhase() || now - lastAt >= intervalMillis) {
            lastPhase = progress.phase();
            lastAt = now;
            target.reached(progress);
        }
    }
}
