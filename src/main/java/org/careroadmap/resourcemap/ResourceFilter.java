package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * What the public asks the map for, exactly as it travels in the address so that a shared or bookmarked
 * link shows the same list: {@code kind}, {@code service}, {@code area}, {@code day} + {@code time} (open
 * then), {@code night} (a night/holiday contact), {@code h24}, {@code eol} (看取り), {@code stale} (not
 * confirmed for 12 months) and the free text {@code q}.
 */
public record ResourceFilter(@Nullable String kind, @Nullable String service, @Nullable String area, @Nullable Integer weekday,
                             @Nullable Integer minute, boolean night, boolean open24h, boolean endOfLife, boolean stale,
                             @Nullable String query) {

    public static final int QUERY_MAX = 100;
    public static final ResourceFilter NONE = new ResourceFilter(null, null, null, null, null, false, false, false, false, null);

    public ResourceFilter {
        kind = Texts.clean(kind);
        service = Texts.clean(service);
        area = Texts.clean(area);
        query = Texts.clean(query);
        if (query != null && query.length() > QUERY_MAX) {
            query = query.substring(0, QUERY_MAX);
        }
    }

    /** Reads the address's parameters; what cannot be read is reported and left out, never guessed. */
    public static Parsed parse(Map<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer weekday = null;
        Integer minute = null;
        String day = Texts.clean(params.get("day"));
        if (day != null) {
            try {
                weekday = WeeklyHours.weekday(day);
            } catch (InvalidValueException e) {
                problems.add(FieldProblem.of("day", e));
            }
        }
        String time = Texts.clean(params.get("time"));
        if (time != null) {
            try {
                minute = TimeRange.parseTime(time);
                if (minute >= 24 * 60) {
                    throw new InvalidValueException("resourcemap.time.impossible", time);
                }
            } catch (InvalidValueException e) {
                problems.add(FieldProblem.of("time", e));
            }
        }
        if (minute != null && weekday == null) {
            problems.add(new FieldProblem("day", "resourcemap.filter.timeNeedsDay", List.of()));
            minute = null;
        }
        ResourceFilter filter = new ResourceFilter(params.get("kind"), params.get("service"), params.get("area"), weekday,
                minute, flag(params.get("night")), flag(params.get("h24")), flag(params.get("eol")),
                flag(params.get("stale")), params.get("q"));
        return new Parsed(filter, problems);
    }

    private static boolean flag(@Nullable String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    public record Parsed(ResourceFilter filter, List<FieldProblem> problems) {
    }

    /** The parameters that reproduce this filter, in a stable order (for links, exports and the booklet). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", query);
        put(p, "kind", kind);
        put(p, "service", service);
        put(p, "area", area);
        put(p, "day", weekday == null ? null : WeeklyHours.SHORT_NAMES.get(weekday - 1));
        put(p, "time", minute == null ? null : TimeRange.format(minute));
        put(p, "night", night ? "1" : null);
        put(p, "h24", open24h ? "1" : null);
        put(p, "eol", endOfLife ? "1" : null);
        put(p, "stale", stale ? "1" : null);
        return p;
    }

    /** The query string (without {@code ?}), URL-encoded; empty for no filter. */
    public String queryString() {
        StringBuilder s = new StringBuilder();
        parameters().forEach((k, v) -> {
            s.append(s.isEmpty() ? "" : "&").append(k).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return s.toString();
    }

    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    private static void put(Map<String, String> p, String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, value);
        }
    }
}
