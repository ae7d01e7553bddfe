package org.careroadmap.reference;

import org.careroadmap.platform.PrefectureCode;

/** A 都道府県, identified by the two-digit prefix of its municipalities' codes. */
public record Prefecture(String code, String name, String nameEn) {

    public Prefecture {
        // Refuses anything but 01–47 with the message key "prefecture.code".
        new PrefectureCode(code);
    }
}
