package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.careroadmap.platform.InvalidValueException;

/** Latitude and longitude in decimal degrees; only places in and around Japan are accepted. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    public Coordinates {
        if (latitude.compareTo(BigDecimal.valueOf(20)) < 0 || latitude.compareTo(BigDecimal.valueOf(46)) > 0) {
            throw new InvalidValueException("resourcemap.latitude.outside", latitude.toPlainString());
        }
        if (longitude.compareTo(BigDecimal.valueOf(122)) < 0 || longitude.compareTo(BigDecimal.valueOf(154)) > 0) {
            throw new InvalidValueException("resourcemap.longitude.outside", longitude.toPlainString());
        }
        latitude = latitude.setScale(Math.min(6, Math.max(latitude.scale(), 0)), RoundingMode.HALF_UP).stripTrailingZeros();
        longitude = longitude.setScale(Math.min(6, Math.max(longitude.scale(), 0)), RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static BigDecimal parseLatitude(String text) {
        return number(text, "resourcemap.latitude.unreadable");
    }

    public static BigDecimal parseLongitude(String text) {
        return number(text, "resourcemap.longitude.unreadable");
    }

    private static BigDecimal number(String text, String key) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (!t.matches("-?\\d{1,3}(\\.\\d{1,12})?")) {
            throw new InvalidValueException(key, text);
        }
        return new BigDecimal(t);
    }
}
