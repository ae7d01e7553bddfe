package org.careroadmap.resourcemap;

/**
 * How many resources a search finds, counted no further than {@link #CAP}: beyond it the list says 「1,000件以上」
 * and the reader narrows the filter, so a count never costs a walk over a whole prefecture's resources.
 */
public record ResultCount(int value, boolean atLeast) {

    /** The most a count reads; at this number the count stops and says "or more". */
    public static final int CAP = 1_000;

    public ResultCount {
        if (value < 0) {
            throw new IllegalArgumentException("count " + value);
        }
    }

    public static ResultCount exactly(int value) {
        return new ResultCount(value, false);
    }

    /** From a count that read at most {@code CAP + 1} rows. */
    static ResultCount counted(int upToCapPlusOne) {
        return upToCapPlusOne > CAP ? new ResultCount(CAP, true) : exactly(upToCapPlusOne);
    }
}
