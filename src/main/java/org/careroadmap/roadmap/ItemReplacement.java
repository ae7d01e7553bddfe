package org.careroadmap.roadmap;

import java.util.List;

/** An {@link ImportedItem} after its text has been read: what {@link Roadmap#replaceItems} applies. */
record ItemReplacement(String existingItemId, ItemContent content, List<ArrowContent> arrows) {

    ItemReplacement {
        arrows = List.copyOf(arrows);
    }
}
