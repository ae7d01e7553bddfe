package org.careroadmap.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;

/**
 * An indicator (評価指標) of one roadmap item: what is measured, in which unit, whether more is
 * better, a target per fiscal year and an actual per fiscal year — typed in, or computed from the
 * activity log ({@link IndicatorSource}).
 */
public record Indicator(@Nullable Long id, long roadmapId, String itemId, String name, String unit, boolean higherIsBetter,
                        IndicatorSource source, List<String> kinds, Map<Integer, YearValue> values) {

    public static final int NAME_MAX = 100;
    public static final int UNIT_MAX = 20;

    /** A fiscal year's target and typed-in actual (either may be missing). */
    public record YearValue(@Nullable BigDecimal target, @Nullable BigDecimal actual) {
        public YearValue {
            if ((target != null && target.signum() < 0) || (actual != null && actual.signum() < 0)) {
                throw new InvalidValueException("progress.count.negative", String.valueOf(target != null && target.signum() < 0 ? target : actual));
            }
            // The database keeps two decimals; a target of 2 reads "2", not "2.00".
            target = plain(target);
            actual = plain(actual);
        }
    }

    /** A count as people write it: no trailing zeros, never an exponent (2, 2.5, 60 — not 2.00 or 6E+1). */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Indicator {
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
        values = new TreeMap<>(values == null ? Map.of() : values);
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new InvalidValueException("progress.indicator.name", NAME_MAX);
        }
        if (unit == null || unit.isBlank() || unit.length() > UNIT_MAX) {
            throw new InvalidValueException("progress.indicator.unit", UNIT_MAX);
        }
        if (source == null) {
            throw new InvalidValueException("progress.indicator.source");
        }
    }

    /** The id of an indicator read from the database (only one not yet saved has none). */
    public long savedId() {
        return java.util.Objects.requireNonNull(id, "an indicator read from the database has its id");
    }

    public @Nullable BigDecimal target(FiscalYear year) {
        YearValue v = values.get(year.value());
        return v == null ? null : v.target();
    }

    /** The actual of a fiscal year: typed in, or computed from that year's activities of the item. */
    public @Nullable BigDecimal actual(FiscalYear year, List<Activity> activitiesOfItem) {
        if (source == IndicatorSource.MANUAL) {
            YearValue v = values.get(year.value());
            return v == null ? null : v.actual();
        }
        long sum = 0;
        for (Activity a : activitiesOfItem) {
            if (!a.itemId().equals(itemId) || !a.fiscalYear().equals(year)
                    || (!kinds.isEmpty() && !kinds.contains(a.kind()))) {
                continue;
            }
            sum += source == IndicatorSource.ACTIVITY_COUNT ? 1 : (a.participants() == null ? 0 : a.participants());
        }
        return BigDecimal.valueOf(sum);
    }

    /** Whether the year's actual meets its target in the indicator's direction; empty when either is missing. */
    public java.util.Optional<Boolean> onTarget(FiscalYear year, List<Activity> activitiesOfItem) {
        BigDecimal target = target(year);
        BigDecimal actual = actual(year, activitiesOfItem);
        if (target == null || actual == null) {
            return java.util.Optional.empty();
        }
        int c = actual.compareTo(target);
        return java.util.Optional.of(higherIsBetter ? c >= 0 : c <= 0);
    }
}
