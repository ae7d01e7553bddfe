package org.careroadmap.spreadsheet;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many workbooks this node reads at once. Reading a workbook takes far more memory than its file, so a
 * few at a time; the next waits briefly and is then told to try again ({@code xlsx.busy}, 503). Per node on
 * purpose: it protects this process's heap, not anything the nodes share.
 */
final class ImportSlots {

    private final Semaphore slots;
    private final Duration wait;

    ImportSlots(int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one import slot");
        }
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> reading) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RejectedWorkbookException.allSlotsTaken();
        }
        if (!acquired) {
            throw RejectedWorkbookException.allSlotsTaken();
        }
        try {
            return reading.get();
        } finally {
            slots.release();
        }
    }
}
