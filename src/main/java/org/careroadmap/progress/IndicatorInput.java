package org.careroadmap.progress;

import java.util.List;

/** A new indicator as typed or sent: the item, name, unit, direction, where its actual comes from, and kinds counted. */
public record IndicatorInput(String itemId, String name, String unit, Boolean higherIsBetter, String source,
                             List<String> kinds) {
}
