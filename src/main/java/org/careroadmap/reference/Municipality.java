package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

/** A 市町: the insurer of long-term care and the author of a roadmap. */
public record Municipality(MunicipalityCode code, String name, String nameEn, String prefectureCode) {

    public Municipality {
        if (code == null || name == null || name.isBlank()) {
            throw new InvalidValueException("municipality.invalid");
        }
    }
}
