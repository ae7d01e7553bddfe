package org.careroadmap.resourcemap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.publication.PortalColumn;
import org.careroadmap.publication.PortalEntry;
import org.careroadmap.publication.PortalSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The resource map's line on the public portal: how many resources a municipality lists, linking to its map. */
@Component
record ResourceMapPortalSection(ResourceStore store, MessageSource messages) implements PortalSection {

    private static final PortalColumn COLUMN = new PortalColumn("resourcemap", 300, "resourcemap.map.title");

    @Override
    public PortalColumn column() {
        return COLUMN;
    }

    @Override
    public Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale) {
        return PortalSection.firstPerMunicipality(store.tally(prefectureCode), ResourceStore.Tally::municipalityCode,
                t -> entry(t, locale));
    }

    @Override
    public Optional<PortalEntry> forMunicipality(String municipalityCode, Locale locale) {
        return store.tally(municipalityCode).stream().findFirst().map(t -> entry(t, locale));
    }

    private PortalEntry entry(ResourceStore.Tally t, Locale locale) {
        return new PortalEntry(messages.getMessage("resourcemap.portal.summary", new Object[] {t.count()}, locale),
                "/map/" + t.municipalityCode(), t.lastChange());
    }
}
