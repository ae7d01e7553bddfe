package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * The items a checked replacement list stands for: an item naming an existing id is that item ({@code existing}),
     * changed, with its arrows replaced position by position (so they keep their identities); the others are new.
     */
    static List<RoadmapItem> itemsOf(List<ItemReplacement> replacements, Function<String, RoadmapItem> existing) {
        List<RoadmapItem> next = new ArrayList<>(replacements.size());
        for (ItemReplacement replacement : replacements) {
            RoadmapItem item = replacement.existingItemId() == null
                    ? RoadmapItem.create(replacement.content())
                    : existing.apply(replacement.existingItemId());
            item.change(replacement.content());
            item.replaceArrows(replacement.arrows());
            next.add(item);
        }
        return next;
    }

    /** What the items say, in order (ids, contents, arrows): equal before and after when a replacement changed nothing. */
    static List<Object> contents(List<RoadmapItem> items) {
        return items.stream().<Object>map(i -> List.of(i.id(), i.content(),
                i.arrows().stream().map(a -> List.of(a.id(), a.content())).toList())).toList();
    }
}
