package org.careroadmap.progress;

/** Where an indicator's actual comes from: typed in, or counted from the activity log. */
public enum IndicatorSource {
    /** Typed in per fiscal year. */
    MANUAL,
    /** The number of activity entries of the item (of the given kinds, or all) in the fiscal year. */
    ACTIVITY_COUNT,
    /** The participants of those entries, added up. */
    PARTICIPANT_SUM
}
