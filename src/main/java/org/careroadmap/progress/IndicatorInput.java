package org.careroadmap.progress;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A new indicator as typed or sent: the item, name, unit, direction, where its actual comes from, and kinds counted. */
public record IndicatorInput(@Nullable String itemId, @Nullable String name, @Nullable String unit,
                             @Nullable Boolean higherIsBetter, @Nullable String source, @Nullable List<String> kinds) {
}
