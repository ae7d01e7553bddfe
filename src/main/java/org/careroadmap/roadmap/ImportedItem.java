package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * One item of a whole roadmap stated at once — as a spreadsheet import reads it — with its arrows in
 * order. Every field is still text, read by {@link ItemInput} and {@link ArrowInput} like a form.
 * {@code existingItemId} names the item it replaces (keeping its identity), or is null for a new item.
 */
public record ImportedItem(@Nullable String existingItemId, ItemInput item, List<ArrowInput> arrows) {

    public ImportedItem {
        if (item == null) {
            throw new IllegalArgumentException("item required");
        }
        arrows = List.copyOf(arrows == null ? List.of() : arrows);
    }
}
