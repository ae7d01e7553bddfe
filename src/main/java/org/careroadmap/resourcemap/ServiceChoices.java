package org.careroadmap.resourcemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The services and 診療科目 offered within a place, for the map filter's choices. Finding them reads every
 * resource of the place (a prefecture: one heap page per resource), so they are kept per place under its data
 * version, which is one index-only query; every node reads the version, so none shows choices a change has
 * made stale.
 */
@Component
class ServiceChoices {

    /** Places kept at most: every prefecture and the municipalities people actually open. */
    static final int PLACES = 256;

    private record Kept(String version, List<String> services) {
    }

    private final ResourceStore store;
    private final ResourceSearches searches;
    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > PLACES;
        }
    };

    ServiceChoices(ResourceStore store, ResourceSearches searches) {
        this.store = store;
        this.searches = searches;
    }

    List<String> of(ResourceScope scope) {
        // The version is read first: a change landing after it only makes the next request find them again.
        String version = store.version(scope.code());
        Kept known;
        synchronized (kept) {
            known = kept.get(scope.code());
        }
        if (known != null && known.version().equals(version)) {
            return known.services();
        }
        List<String> services = searches.services(scope);
        synchronized (kept) {
            kept.put(scope.code(), new Kept(version, services));
        }
        return services;
    }
}
