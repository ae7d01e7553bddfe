package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;

/** Something another module shows on the home page (e.g. the open submission round and its deadline). */
public interface HomePanel {

    String name();

    /** The panel's model attribute; null when it has nothing to show. */
    @Nullable Object model();
}
