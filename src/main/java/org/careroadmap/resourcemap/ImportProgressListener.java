package org.careroadmap.resourcemap;

/** Told how far an import's reading has come; {@link ThrottledProgress} keeps it from writing on every row. */
@FunctionalInterface
interface ImportProgressListener {

    /** For reads nobody watches (the JSON API, tests). */
    ImportProgressListener NONE = progress -> { };

    void reached(ImportProgress progress);
}
