package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours per weekday (1 = Monday … 7 = Sunday), each day one or more time ranges that do not
 * overlap; a day without ranges is closed. Exceptions (祝日, 年末年始) are kept beside it on the resource.
 */
public record WeeklyHours(Map<Integer, List<TimeRange>> days) {

    public static final WeeklyHours NONE = new WeeklyHours(Map.of());

    public WeeklyHours {
        Map<Integer, List<TimeRange>> copy = new TreeMap<>();
        for (Map.Entry<Integer, List<TimeRange>> day : days.entrySet()) {
            if (day.getKey() < 1 || day.getKey() > 7) {
                throw new InvalidValueException("resourcemap.weekday.unknown", day.getKey());
            }
            List<TimeRange> ranges = new ArrayList<>(day.getValue());
            ranges.sort((a, b) -> Integer.compare(a.opensAt(), b.opensAt()));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).opensAt() < ranges.get(i - 1).closesAt()) {
                    throw new InvalidValueException("resourcemap.time.overlap", ranges.get(i - 1), ranges.get(i));
                }
            }
            if (!ranges.isEmpty()) {
                copy.put(day.getKey(), List.copyOf(ranges));
            }
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** The ranges of one day written as {@code 09:00-12:00, 14:00-18:00}; blank means closed. */
    public static List<TimeRange> parseDay(@Nullable String text) {
        List<TimeRange> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String part : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).split("[,、;]")) {
            if (!part.isBlank()) {
                ranges.add(TimeRange.parse(part));
            }
        }
        return ranges;
    }

    public List<TimeRange> on(int weekday) {
        return days.getOrDefault(weekday, List.of());
    }

    public String text(int weekday) {
        return String.join(", ", on(weekday).stream().map(TimeRange::toString).toList());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public boolean openAt(int weekday, int minute) {
        return on(weekday).stream().anyMatch(r -> r.contains(minute));
    }

    /** The weekday number of a short Japanese or English name: 月 / mon → 1 … 日 / sun → 7. */
    public static int weekday(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        int index = List.of("月", "火", "水", "木", "金", "土", "日").indexOf(n.isEmpty() ? n : n.substring(0, 1));
        if (index >= 0) {
            return index + 1;
        }
        index = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").indexOf(n.length() >= 3 ? n.substring(0, 3) : n);
        if (index >= 0) {
            return index + 1;
        }
        throw new InvalidValueException("resourcemap.weekday.unknown", name);
    }

    public static final List<String> SHORT_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
}
