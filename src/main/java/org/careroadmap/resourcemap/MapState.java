package org.careroadmap.resourcemap;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.careroadmap.reference.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * What a map page's kept parts depend on, read in one statement per request ({@link ResourceSearches#state}):
 * the place's resources (how many, and when one last changed), how many kinds its prefecture can use (kinds are
 * only ever added), how many municipalities the reference data has, and the codes and names of the place's
 * prefecture's municipalities ({@link #places}), so that a rename made by SQL is seen on the next request as an
 * addition or removal is. Nothing here is remembered between requests; what is kept is checked against it.
 */
public record MapState(String resources, long kinds, long municipalities, @Nullable String places) {

    /**
     * How {@link #places} writes a prefecture's municipalities: code, name and English name of each, in code order,
     * joined by {@code /} (the state query's {@code STRING_AGG}); null when there are none.
     */
    public static @Nullable String places(List<Municipality> municipalities) {
        if (municipalities.isEmpty()) {
            return null;
        }
        return municipalities.stream().sorted(Comparator.comparing(m -> m.code().value()))
                .map(m -> m.code().value() + m.name() + m.nameEn()).collect(Collectors.joining("/"));
    }

    /** The version the search's count and service choices are kept under: any change of a resource in the place. */
    String resourcesVersion() {
        return resources;
    }

    /** The version the prefecture's kinds are kept under. */
    String kindsVersion() {
        return Long.toString(kinds);
    }
}
