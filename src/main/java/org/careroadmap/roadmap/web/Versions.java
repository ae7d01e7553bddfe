package org.careroadmap.roadmap.web;

import org.careroadmap.platform.VersionRequiredException;

/** Reads the version a form was based on; a missing or mangled one is 428, as in the API. */
final class Versions {

    private Versions() {
    }

    static long parse(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new VersionRequiredException();
        }
    }
}
