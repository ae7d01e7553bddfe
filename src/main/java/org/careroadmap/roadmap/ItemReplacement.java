package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.careroadmap.reference.RoadmapTemplate;

/** An {@link ImportedItem} after its text has been read: what {@link Roadmap#replaceItems} applies. */
record ItemReplacement(@Nullable String existingItemId, ItemContent content, List<ArrowContent> arrows) {

    ItemReplacement {
        arrows = List.copyOf(arrows);
    }

    /**
     * Checks a whole replacement list before anything changes: every item and arrow fits the template, and each
     * existing item ({@code requireExisting} throws for an unknown one) is named at most once.
     */
    static void requireAllFit(List<ItemReplacement> replacements, RoadmapTemplate template, Consumer<String> requireExisting) {
        Set<String> named = new HashSet<>();
        for (ItemReplacement replacement : replacements) {
            replacement.content().requireFits(template);
            replacement.arrows().forEach(arrow -> arrow.requireFits(template));
            if (replacement.existingItemId() != null) {
                requireExisting.accept(replacement.existingItemId());
                if (!named.add(replacement.existingItemId())) {
                    throw new IllegalArgumentException("item named twice: " + replacement.existingItemId());
                }
            }
        }
    }
}
