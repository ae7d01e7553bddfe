package org.careroadmap.publication;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** A short stable id, used in anchors: {@code progress}, {@code evaluation}. */
    String id();

    /** Where the section stands among the others: smaller first. */
    default int order() {
        return 100;
    }

    /** The section's heading (column head on the prefecture page) in the reader's language. */
    String heading(Locale locale);

    /** One entry per municipality of the prefecture that has something public, by municipality code. */
    Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale);

    /** The entry of one municipality, if it has something public. */
    Optional<PortalEntry> forMunicipality(String municipalityCode, Locale locale);
}
