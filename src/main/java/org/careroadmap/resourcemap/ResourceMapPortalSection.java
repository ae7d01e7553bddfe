package org.careroadmap.resourcemap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.publication.PortalEntry;
import org.careroadmap.publication.PortalSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The resource map's line on the public portal: how many resources a municipality lists, linking to its map. */
@Component
class ResourceMapPortalSection implements PortalSection {

    private final ResourceStore store;
    private final MessageSource messages;

    ResourceMapPortalSection(ResourceStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "resourcemap";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String heading(Locale locale) {
        return messages.getMessage("resourcemap.map.title", null, locale);
    }

    @Override
    public Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale) {
        Map<String, PortalEntry> entries = new LinkedHashMap<>();
        for (ResourceStore.Tally t : store.tally(prefectureCode)) {
            entries.put(t.municipalityCode(), entry(t, locale));
        }
        return entries;
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
