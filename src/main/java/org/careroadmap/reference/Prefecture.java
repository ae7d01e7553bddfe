package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

/** A 都道府県, identified by the two-digit prefix of its municipalities' codes. */
public record Prefecture(String code, String name, String nameEn) {

    public Prefecture {
        if (code == null || !code.matches("\\d{2}")) {
            throw new InvalidValueException("prefecture.code", code);
        }
    }
}
