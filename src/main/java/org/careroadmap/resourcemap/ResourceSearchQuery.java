package org.careroadmap.resourcemap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.careroadmap.insight.SearchTextFolding;

/**
 * The WHERE clause of a map search (resource {@code r}) and its parameters, built from the scope, the filter in
 * the address and the folded words of the free text; every part is an AND.
 */
record ResourceSearchQuery(String where, List<Object> params) {

    ResourceSearchQuery {
        params = List.copyOf(params);
    }

    /** The search of {@code filter} in {@code scope} on {@code today}: free text folded into words as the roadmap search does. */
    static ResourceSearchQuery of(ResourceScope scope, ResourceFilter filter, SearchTextFolding folding, LocalDate today) {
        String text = filter.query();
        List<String> words = text == null ? List.of()
                : Arrays.stream(folding.fold(text).split("\\s+")).filter(w -> !w.isBlank()).toList();
        return of(scope, filter, words, today.minusMonths(Resource.CONFIRMATION_MONTHS));
    }

    static ResourceSearchQuery of(ResourceScope scope, ResourceFilter filter, List<String> words, LocalDate staleBefore) {
        Conditions c = new Conditions();
        c.add(scope.condition("r.municipality_code"), scope.params().toArray());
        if (filter.kind() != null) {
            c.add("r.kind_code = ?", filter.kind());
        }
        if (filter.service() != null) {
            c.add("r.services LIKE ? ESCAPE '\\'", "%;" + likeEscaped(filter.service()) + ";%");
        }
        if (filter.area() != null) {
            c.add("r.area_code = ?", filter.area());
        }
        addCare(c, filter, staleBefore);
        addOpen(c, filter);
        for (String word : words) {
            c.add("r.search_text LIKE ? ESCAPE '\\'", "%" + likeEscaped(word) + "%");
        }
        return new ResourceSearchQuery(String.join(" AND ", c.sql), c.params);
    }

    private static void addCare(Conditions c, ResourceFilter filter, LocalDate staleBefore) {
        if (filter.night()) {
            c.add("(r.open_24h = TRUE OR r.night_contact IS NOT NULL)");
        }
        if (filter.open24h()) {
            c.add("r.open_24h = TRUE");
        }
        if (filter.endOfLife()) {
            c.add("r.end_of_life_care = TRUE");
        }
        if (filter.stale()) {
            c.add("(r.confirmed_on IS NULL OR r.confirmed_on < ?)", staleBefore);
        }
    }

    /**
     * Open on a weekday (at a time), or open day and night. A scalar count, not EXISTS: PostgreSQL turned the
     * EXISTS under this OR into a hash of every resource's hours of that weekday in the country (150,000 rows,
     * 300 ms for a prefecture), where a count is one probe of the hours' primary key per candidate row.
     */
    private static void addOpen(Conditions c, ResourceFilter filter) {
        if (filter.weekday() == null) {
            return;
        }
        String hours = "SELECT COUNT(*) FROM resource_hours h WHERE h.resource_id = r.id AND h.weekday = ?";
        if (filter.minute() == null) {
            c.add("(r.open_24h = TRUE OR (" + hours + ") > 0)", filter.weekday());
        } else {
            c.add("(r.open_24h = TRUE OR (" + hours + " AND h.opens_at <= ? AND h.closes_at > ?) > 0)", filter.weekday(),
                    filter.minute(), filter.minute());
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static final class Conditions {
        private final List<String> sql = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.add(condition);
            params.addAll(List.of(values));
        }
    }
}
