package org.careroadmap.resourcemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The services and 診療科目 offered within a place, for the map filter's choices. Finding them reads every
 * resource of the place (a prefecture: one heap page per resource), so they are kept per place under its data
 * version ({@link ResourceStore#version}, one index-only query); every node reads that version, so none shows
 * choices that a change has made stale.
 */
final class ServiceChoices {

    /** Places kept at most: every prefecture and the municipalities people actually open. */
    static final int PLACES = 256;

    private record Kept(String version, List<String> services) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > PLACES;
        }
    };

    /**
     * The choices of {@code place} at {@code version}, found again only when the version has changed. The caller
     * reads the version first: a change landing after it only makes the next request find them again.
     */
    List<String> of(String place, String version, Supplier<List<String>> find) {
        Kept known;
        synchronized (kept) {
            known = kept.get(place);
        }
        if (known != null && known.version().equals(version)) {
            return known.services();
        }
        List<String> services = find.get();
        synchronized (kept) {
            kept.put(place, new Kept(version, services));
        }
        return services;
    }
}
