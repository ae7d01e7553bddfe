package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.careroadmap.platform.InvalidValueException;

/**
 * The part of the map a reader is looking at, in degrees: {@code west,south,east,north} as Leaflet's
 * {@code toBBoxString()} writes it. Each a plain decimal (no exponent, so nothing costly to read), latitudes within
 * ±90, longitudes within ±180, west of east and south of north; a view across the 180th meridian is not one box and
 * is refused like any other unreadable one.
 */
public record MapBounds(BigDecimal west, BigDecimal south, BigDecimal east, BigDecimal north) {

    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d{1,12})?");
    private static final BigDecimal LAT = BigDecimal.valueOf(90);
    private static final BigDecimal LNG = BigDecimal.valueOf(180);

    public MapBounds {
        if (outside(south, LAT) || outside(north, LAT) || outside(west, LNG) || outside(east, LNG)
                || west.compareTo(east) >= 0 || south.compareTo(north) >= 0) {
            throw new InvalidValueException("resourcemap.markers.bbox", west + "," + south + "," + east + "," + north);
        }
    }

    /** The box of {@code west,south,east,north}; an {@link InvalidValueException} names what cannot be one. */
    public static MapBounds parse(String text) {
        String[] parts = text.split(",", -1);
        if (text.length() > 80 || parts.length != 4) {
            throw new InvalidValueException("resourcemap.markers.bbox", text);
        }
        BigDecimal[] degrees = new BigDecimal[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].trim();
            if (!DEGREES.matcher(part).matches()) {
                throw new InvalidValueException("resourcemap.markers.bbox", text);
            }
            degrees[i] = new BigDecimal(part);
        }
        return new MapBounds(degrees[0], degrees[1], degrees[2], degrees[3]);
    }

    private static boolean outside(BigDecimal value, BigDecimal limit) {
        return value.abs().compareTo(limit) > 0;
    }
}
