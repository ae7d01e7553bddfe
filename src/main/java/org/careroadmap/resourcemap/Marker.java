package org.careroadmap.resourcemap;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One point on the map: the resource's id (its page is {@code /map/resources/{id}}), where it is and its name.
 * Written as a JSON array {@code [id, lat, lng, "name"]}, not an object, so a prefecture's markers stay small on
 * the wire.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Marker(long id, BigDecimal lat, BigDecimal lng, String name) {
}
