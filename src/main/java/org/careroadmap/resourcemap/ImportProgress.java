package org.careroadmap.resourcemap;

import java.util.Objects;

/**
 * How far the reading of an uploaded file to its preview has come: rows done of the current phase's total. The
 * percent is of the whole reading, each phase owning a share of the bar, so the bar only ever moves forward.
 */
public record ImportProgress(Phase phase, int rowsDone, int rowsTotal) {

    /** The steps from an upload to its preview, each with its share of the bar (from, to in percent). */
    public enum Phase {
        /** The bytes become text (UTF-8 or cp932) and records; the number of rows is not known yet. */
        DECODING(0, 5),
        /** Every row is mapped to our fields and checked. */
        CHECKING(5, 60),
        /** The checked resources are kept in the database as the preview. */
        SAVING(60, 100),
        /** Kept: the preview page opens next. */
        DONE(100, 100);

        private final int from;
        private final int to;

        Phase(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    public ImportProgress {
        Objects.requireNonNull(phase, "phase");
        if (rowsDone < 0 || rowsTotal < 0 || rowsDone > rowsTotal) {
            throw new IllegalArgumentException("rows " + rowsDone + " of " + rowsTotal);
        }
    }

    /** The whole reading's percent: the phase's start plus its share of the rows done. */
    public int percent() {
        if (rowsTotal == 0) {
            return phase == Phase.DONE ? 100 : phase.from;
        }
        return phase.from + (int) ((long) (phase.to - phase.from) * rowsDone / rowsTotal);
    }

    /** Whether this is the phase's last row: worth telling at once, however recently the last report went out. */
    boolean endsPhase() {
        return rowsTotal > 0 && rowsDone == rowsTotal;
    }
}
