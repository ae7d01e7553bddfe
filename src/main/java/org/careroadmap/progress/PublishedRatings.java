package org.careroadmap.progress;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;

/**
 * The year-end self-evaluations of a roadmap's latest published progress report, as the public chart shows
 * them: per item id its rating on the prefecture's scale (mark and word), and the scale as the legend.
 */
public record PublishedRatings(FiscalYear year, Map<String, Rating> byItem, List<Rating> legend) {

    public PublishedRatings {
        byItem = Map.copyOf(byItem);
        legend = List.copyOf(legend);
    }

    /** The item's rating, or null when the report left it unrated (or the symbol is no longer on the scale). */
    public @Nullable Rating rating(String itemId) {
        return byItem.get(itemId);
    }
}
