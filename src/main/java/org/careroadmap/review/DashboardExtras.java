package org.careroadmap.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Collects the columns other modules add to the dashboard ({@link DashboardColumns}) and sorts rows by them. */
@Component
class DashboardExtras {

    private final List<DashboardColumns> providers;

    DashboardExtras(List<DashboardColumns> providers) {
        this.providers = providers;
    }

    /** The added columns of a prefecture and, per municipality code, their cells. */
    record Added(List<DashboardColumn> columns, Map<String, Map<String, DashboardCell>> cells) {

        Map<String, DashboardCell> of(String municipalityCode) {
            return cells.getOrDefault(municipalityCode, Map.of());
        }

        boolean sortsBy(String sort) {
            return columns.stream().anyMatch(c -> c.key().equals(sort));
        }
    }

    Added of(String prefectureCode) {
        List<DashboardColumn> columns = new ArrayList<>();
        Map<String, Map<String, DashboardCell>> cells = new HashMap<>();
        for (DashboardColumns provider : providers) {
            columns.addAll(provider.columns(prefectureCode, LocaleContextHolder.getLocale()));
            provider.cells(prefectureCode, LocaleContextHolder.getLocale())
                    .forEach((code, byKey) -> cells.computeIfAbsent(code, k -> new HashMap<>()).putAll(byKey));
        }
        return new Added(List.copyOf(columns), cells);
    }

    static Comparator<DashboardRow> order(String key, boolean descending) {
        Comparator<DashboardRow> c = Comparator.comparingLong((DashboardRow r) -> r.cell(key).sortValue())
                .thenComparing(r -> r.municipality().code().value());
        return descending ? c.reversed() : c;
    }

    /** The providers' states, for the dashboard's own version. */
    String version(String prefectureCode) {
        StringBuilder version = new StringBuilder();
        for (DashboardColumns provider : providers) {
            version.append('/').append(provider.version(prefectureCode));
        }
        return version.toString();
    }
}
