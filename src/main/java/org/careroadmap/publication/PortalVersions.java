package org.careroadmap.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.springframework.stereotype.Service;

/**
 * What a portal page ({@code /public/42}, {@code /public/422100}) shows, as one cheap token: the place's
 * roadmaps (one aggregate query), each {@link PortalSection#version} and today's date (the page says
 * what day it is as of). Read on every request, so a page kept in memory under it is never stale on any node.
 */
@Service
public class PortalVersions {

    private final PublishedRoadmaps published;
    private final List<PortalSection> sections;
    private final Clock clock;

    PortalVersions(PublishedRoadmaps published, List<PortalSection> sections, Clock clock) {
        this.published = published;
        this.sections = sections.stream().sorted(Comparator.comparing(PortalSection::id)).toList();
        this.clock = clock;
    }

    /** The token of a prefecture's (two digits) or municipality's (six) page; empty for any other address. */
    public Optional<String> of(String placeCode) {
        return scopeOf(placeCode).map(scope -> {
            StringBuilder token = new StringBuilder(published.version(scope));
            for (PortalSection section : sections) {
                token.append('|').append(section.id()).append('=').append(section.version(placeCode));
            }
            return token.append('|').append(LocalDate.now(clock.withZone(JapaneseDates.JAPAN))).toString();
        });
    }

    private static Optional<ListScope> scopeOf(String placeCode) {
        if (placeCode.matches("\\d{2}")) {
            return Optional.of(ListScope.prefecture(placeCode));
        }
        try {
            return Optional.of(ListScope.municipality(new MunicipalityCode(placeCode)));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
