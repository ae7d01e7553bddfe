package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.careroadmap.reference.CategoryCode;

/**
 * What an import would do to one item: add it, change some of its fields (named as in {@code ItemInput},
 * plus {@code arrows}), remove it, leave it as it is, or nothing yet because its cells could not be read.
 * {@code cell} is where the item starts on the sheet (none for a removal).
 */
public record ItemChange(Kind kind, @Nullable CategoryCode category, String title, @Nullable String previousTitle,
                         List<String> fields, int arrows, @Nullable String cell) {

    public enum Kind { ADDED, CHANGED, REMOVED, UNCHANGED, UNREADABLE }

    public ItemChange {
        fields = List.copyOf(fields);
    }
}
