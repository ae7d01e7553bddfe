package org.careroadmap.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;

/**
 * The public portal: a prefecture's page (every 市町, whether and when its roadmap was published,
 * items per category, and each {@link PortalSection}'s summary) and a municipality's page (its
 * published roadmaps with every publication, and the sections). Reads published versions only.
 */
@Service
public class Portal {

    private static final Logger log = LoggerFactory.getLogger(Portal.class);

    /** A published roadmap on the portal: the kept entry, its template edition and its publications. */
    public record PublishedRoadmap(PublishedRoadmaps.Entry entry, RoadmapTemplate template,
                                   List<PublishedRoadmaps.Publication> publications) {
    }

    /** One 市町 on the prefecture page. */
    public record MunicipalityRow(Municipality municipality, List<PublishedRoadmap> roadmaps,
                                  Map<String, PortalEntry> sections) {

        /** The newest edition's roadmap, which the row's counts describe. */
        public Optional<PublishedRoadmap> current() {
            return roadmaps.stream().max(Comparator.comparing((PublishedRoadmap r) -> r.template().firstPeriod())
                    .thenComparing(r -> r.entry().publishedAt()));
        }
    }

    /** A section's heading and id, for column heads. */
    public record SectionHead(String id, String heading) {
    }

    /** The prefecture page. */
    public record PrefecturePage(Prefecture prefecture, List<MunicipalityRow> rows, List<SectionHead> sections,
                                 LocalDate asOf, @Nullable Instant lastPublished) {

        public long publishedCount() {
            return rows.stream().filter(r -> !r.roadmaps().isEmpty()).count();
        }
    }

    /** The municipality page. */
    public record MunicipalityPage(Municipality municipality, Prefecture prefecture, List<PublishedRoadmap> roadmaps,
                                   List<SectionHead> sections, Map<String, PortalEntry> entries, LocalDate asOf,
                                   @Nullable Instant lastPublished) {
    }

    private final PublishedRoadmaps published;
    private final ReferenceData reference;
    private final List<PortalSection> sections;
    private final MessageSource messages;
    private final Clock clock;

    Portal(PublishedRoadmaps published, ReferenceData reference, List<PortalSection> sections, MessageSource messages,
           Clock clock) {
        this.published = published;
        this.reference = reference;
        this.messages = messages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)
                .thenComparing(PortalSection::id)).toList();
        this.clock = clock;
    }

    /** The prefectures that have municipalities, for the portal's entry page. */
    public List<Prefecture> prefectures() {
        return reference.prefecturesWithMunicipalities();
    }

    public PrefecturePage prefecture(String code, Locale locale) {
        Prefecture prefecture = prefectureOrNotFound(code);
        Map<String, List<PublishedRoadmap>> byMunicipality = new HashMap<>();
        for (PublishedRoadmaps.Entry e : published.list(ListScope.prefecture(prefecture.code()))) {
            byMunicipality.computeIfAbsent(e.municipalityCode(), c -> new ArrayList<>()).add(view(e, false));
        }
        Map<String, Map<String, PortalEntry>> sectionEntries = new LinkedHashMap<>();
        for (PortalSection section : sections) {
            sectionEntries.put(section.id(), safely(section, () -> section.forPrefecture(prefecture.code(), locale), Map.of()));
        }
        List<MunicipalityRow> rows = new ArrayList<>();
        Instant last = null;
        for (Municipality m : reference.municipalitiesOf(prefecture.code())) {
            String code6 = m.code().value();
            List<PublishedRoadmap> roadmaps = byMunicipality.getOrDefault(code6, List.of());
            Map<String, PortalEntry> entries = new LinkedHashMap<>();
            sectionEntries.forEach((id, map) -> Optional.ofNullable(map.get(code6)).ifPresent(e -> entries.put(id, e)));
            rows.add(new MunicipalityRow(m, roadmaps, entries));
            for (PublishedRoadmap r : roadmaps) {
                last = later(last, r.entry().publishedAt());
            }
        }
        return new PrefecturePage(prefecture, rows, heads(locale), today(), last);
    }

    public MunicipalityPage municipality(String code, Locale locale) {
        Municipality municipality = municipalityOrNotFound(code);
        Prefecture prefecture = prefectureOrNotFound(municipality.prefectureCode());
        List<PublishedRoadmap> roadmaps = new ArrayList<>();
        Instant last = null;
        for (PublishedRoadmaps.Entry e : published.list(ListScope.municipality(municipality.code()))) {
            roadmaps.add(view(e, true));
            last = later(last, e.publishedAt());
        }
        Map<String, PortalEntry> entries = new LinkedHashMap<>();
        for (PortalSection section : sections) {
            safely(section, () -> section.forMunicipality(municipality.code().value(), locale), Optional.<PortalEntry>empty())
                    .ifPresent(e -> entries.put(section.id(), e));
        }
        return new MunicipalityPage(municipality, prefecture, roadmaps, heads(locale), entries, today(), last);
    }

    Prefecture prefectureOrNotFound(String code) {
        if (!PrefectureCode.isValid(code)) {
            throw new PublicNotFoundException("prefecture " + code);
        }
        return reference.prefecture(code).filter(p -> !reference.municipalitiesOf(p.code()).isEmpty())
                .orElseThrow(() -> new PublicNotFoundException("prefecture " + code));
    }

    Municipality municipalityOrNotFound(String code) {
        try {
            return reference.municipality(new MunicipalityCode(code))
                    .orElseThrow(() -> new PublicNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new PublicNotFoundException("municipality " + code);
        }
    }

    private PublishedRoadmap view(PublishedRoadmaps.Entry e, boolean withPublications) {
        RoadmapTemplate template = reference.template(e.templateId())
                .orElseThrow(() -> new IllegalStateException("template missing: " + e.templateId()));
        return new PublishedRoadmap(e, template, withPublications ? published.publications(e.roadmapId()) : List.of());
    }

    private List<SectionHead> heads(Locale locale) {
        return sections.stream().map(s -> new SectionHead(s.id(),
                messages.getMessage(s.column().headingKey(), null, locale))).toList();
    }

    /** Another module's section that fails leaves its column empty rather than the whole portal down. */
    private static <T> T safely(PortalSection section, java.util.function.Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            log.warn("portal section {} failed: {}", section.id(), e.toString());
            return fallback;
        }
    }

    private static Instant later(@Nullable Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapaneseDates.JAPAN));
    }
}
