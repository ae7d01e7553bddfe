package org.careroadmap.resourcemap.web;

import java.util.List;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.roadmap.PrefectureChoice;
import org.springframework.stereotype.Component;

/** The places the map's pages are about: a municipality named in the address, or the prefecture the reader asks for. */
@Component
class MapPlaces {

    private final ReferenceData reference;
    private final PrefectureChoice prefectures;

    MapPlaces(ReferenceData reference, PrefectureChoice prefectures) {
        this.reference = reference;
        this.prefectures = prefectures;
    }

    /** The prefecture asked for, else the reader's own or the only one; 404 where there is none. */
    Prefecture prefecture(String requested) {
        List<Prefecture> available = prefectures.available();
        return prefectures.choose(requested, available)
                .or(() -> available.stream().findFirst())
                .orElseThrow(() -> new ResourceNotFoundException("prefecture"));
    }

    Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code))
                    .orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
    }

    List<Municipality> municipalitiesOf(String prefectureCode) {
        return reference.municipalitiesOf(prefectureCode);
    }
}
