package org.careroadmap.roadmap.web;

import org.careroadmap.roadmap.ConcurrentEditException;

/** Reads the version a form was based on; a missing or mangled one is treated as out of date. */
final class Versions {

    private Versions() {
    }

    static long parse(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new ConcurrentEditException(-1, -1);
        }
    }
}
