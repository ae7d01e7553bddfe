package org.careroadmap.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A module's public summary on the portal: {@code progress} its latest progress rating,
 * {@code evaluation} the 構築状況, {@code resourcemap} the resource map. Implement it as a Spring
 * bean in that module; the portal collects every bean of this type, in {@link #order()}, and shows
 * one column on the prefecture page and one section on the municipality page per bean. Whatever a
 * section returns is shown to anyone, so it must describe published content only.
 *
 * <p>The portal keeps its built pages in memory per prefecture's {@link PortalChanges count}: the module must
 * call {@link PortalChanges#raise} inside every transaction that changes what its section shows.
 */
public interface PortalSection {

    /** The section's id, place among the others and heading, as one value the portal reads. */
    PortalColumn column();

    /** A short stable id, used in anchors: {@code progress}, {@code evaluation}. */
    default String id() {
        return column().id();
    }

    /** Where the section stands among the others: smaller first. */
    default int order() {
        return column().order();
    }

    /** One entry per municipality of the prefecture that has something public, by municipality code. */
    Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale);

    /** The entry of one municipality, if it has something public. */
    Optional<PortalEntry> forMunicipality(String municipalityCode, Locale locale);

    /**
     * The entries of {@code rows} by municipality, keeping the first row of each in the rows' order (a section
     * that reads several rows per municipality orders them newest first).
     */
    static <T> Map<String, PortalEntry> firstPerMunicipality(List<T> rows, Function<T, String> municipalityCode,
                                                             Function<T, PortalEntry> entry) {
        Map<String, PortalEntry> entries = new LinkedHashMap<>();
        for (T row : rows) {
            entries.computeIfAbsent(municipalityCode.apply(row), code -> entry.apply(row));
        }
        return entries;
    }
}
