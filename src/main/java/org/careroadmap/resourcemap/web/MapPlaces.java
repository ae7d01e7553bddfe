package org.careroadmap.resourcemap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.MapState;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.roadmap.PrefectureChoice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The places the map's pages are about: a municipality named in the address, or the prefecture the reader asks for.
 * The prefectures and municipalities are reference data, read once per node into a directory and read again when
 * the number of municipalities in the database or the codes and names of the page's prefecture's municipalities
 * (both part of every map page's one state query, {@link MapState}) are no longer the directory's, or when an
 * address names a municipality the directory does not know. So a rename, even one made by SQL beside the
 * application, shows on every node from its next map page of that prefecture.
 */
@Component
class MapPlaces {

    private record Directory(List<Prefecture> prefectures, Map<String, List<Municipality>> byPrefecture,
                             Map<String, Municipality> byCode) {

        static Directory of(List<Prefecture> prefectures, List<Municipality> municipalities) {
            Map<String, List<Municipality>> byPrefecture = new LinkedHashMap<>();
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            for (Municipality m : municipalities) {
                byPrefecture.computeIfAbsent(m.prefectureCode(), p -> new ArrayList<>()).add(m);
                byCode.put(m.code().value(), m);
            }
            byPrefecture.replaceAll((p, list) -> List.copyOf(list));
            return new Directory(List.copyOf(prefectures), Map.copyOf(byPrefecture), Map.copyOf(byCode));
        }
    }

    private final ReferenceData reference;
    private final PrefectureChoice prefectures;
    private volatile @Nullable Directory directory;

    MapPlaces(ReferenceData reference, PrefectureChoice prefectures) {
        this.reference = reference;
        this.prefectures = prefectures;
    }

    /** The prefecture asked for, else the reader's own or the only one; 404 where there is none. */
    Prefecture prefecture(@Nullable String requested) {
        List<Prefecture> available = directory().prefectures();
        return prefectures.choose(requested, available)
                .or(() -> available.stream().findFirst())
                .orElseThrow(() -> new ResourceNotFoundException("prefecture"));
    }

    Municipality municipality(String code) {
        Municipality known = directory().byCode().get(code);
        return known != null ? known : unknownMunicipality(code);
    }

    /** A code the directory does not know: a municipality added since it was read, or none at all (404). */
    private Municipality unknownMunicipality(String code) {
        Optional<Municipality> found;
        try {
            found = reference.municipality(MunicipalityCode.parse(code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
        found.ifPresent(m -> directory = null);
        return found.orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
    }

    List<Municipality> municipalitiesOf(String prefectureCode) {
        return directory().byPrefecture().getOrDefault(prefectureCode, List.of());
    }

    /**
     * Drops the directory when the database holds another number of municipalities than it does, or other codes
     * or names in {@code prefectureCode} (a rename); the next look-up reads it again.
     */
    void check(String prefectureCode, MapState state) {
        Directory known = directory;
        if (known != null && (known.byCode().size() != state.municipalities()
                || !Objects.equals(MapState.places(known.byPrefecture().getOrDefault(prefectureCode, List.of())), state.places()))) {
            directory = null;
        }
    }

    private Directory directory() {
        Directory known = directory;
        if (known == null) {
            known = Directory.of(reference.prefecturesWithMunicipalities(), reference.municipalities());
            directory = known;
        }
        return known;
    }
}
