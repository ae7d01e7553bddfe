package org.careroadmap.resourcemap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values that cost a query to find (a place's kinds, a search's count), kept on this node per key together with
 * the data version they were found at. The caller reads the version from the database on every request (the
 * map's one state query, {@link MapState}), so a node never shows what another node's change has made stale: a
 * different version finds the value again. The eldest keys go first once {@code capacity} are kept.
 */
final class KeptUnderVersion<K, V> {

    private record Kept<V>(String version, V value) {
    }

    private final Map<K, Kept<V>> kept;

    KeptUnderVersion(int capacity) {
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value of {@code key} at {@code version}, found again only when the version has changed. Read the version
     * first: a change landing after it only makes the next request find the value again.
     */
    V of(K key, String version, Supplier<V> find) {
        Kept<V> known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null && known.version().equals(version)) {
            return known.value();
        }
        V value = find.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(version, value));
        }
        return value;
    }
}
