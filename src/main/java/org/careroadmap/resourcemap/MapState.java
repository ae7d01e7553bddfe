package org.careroadmap.resourcemap;

/**
 * What a map page's kept parts depend on, read in one statement per request ({@link ResourceSearches#state}):
 * the place's resources (how many, and when one last changed), how many kinds its prefecture can use (kinds are
 * only ever added) and how many municipalities the reference data has. Nothing here is remembered between
 * requests; what is kept is checked against it.
 */
public record MapState(String resources, long kinds, long municipalities) {

    /** The version the search's count and service choices are kept under: any change of a resource in the place. */
    String resourcesVersion() {
        return resources;
    }

    /** The version the prefecture's kinds are kept under. */
    String kindsVersion() {
        return Long.toString(kinds);
    }
}
