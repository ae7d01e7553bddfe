package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.careroadmap.insight.Comparison.MunicipalityRoadmaps;
import org.careroadmap.insight.Comparison.RoadmapItems;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapNotFoundException;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lays one category of every readable roadmap side by side. Which roadmaps are readable is the
 * roadmap service's decision: the public sees published ones, a municipality its own and the
 * published, the prefecture all of its own.
 */
@Service
@Transactional(readOnly = true)
public class CompareService {

    private final RoadmapReads roadmaps;
    private final ReferenceData reference;

    CompareService(RoadmapReads roadmaps, ReferenceData reference) {
        this.roadmaps = roadmaps;
        this.reference = reference;
    }

    /** One category of the roadmaps of one prefecture's municipalities. */
    public Comparison compare(CategoryCode category, String prefectureCode) {
        Map<String, List<RoadmapItems>> byMunicipality = new LinkedHashMap<>();
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (RoadmapSummary summary : roadmaps.list(ListScope.prefecture(prefectureCode))) {
            RoadmapDocument document;
            try {
                document = roadmaps.get(summary.id());
            } catch (RoadmapNotFoundException deletedMeanwhile) {
                continue;
            }
            RoadmapTemplate template = document.template();
            first = Math.min(first, template.firstShownYear().value());
            last = Math.max(last, template.lastShownYear().value());
            String code = document.municipality().code().value();
            municipalities.putIfAbsent(code, document.municipality());
            byMunicipality.computeIfAbsent(code, c -> new ArrayList<>()).add(new RoadmapItems(
                    document.roadmap().id(), template, document.roadmap().status(),
                    document.roadmap().itemsIn(category)));
        }
        List<MunicipalityRoadmaps> rows = new ArrayList<>();
        List<Municipality> without = new ArrayList<>();
        for (Municipality m : reference.municipalitiesOf(prefectureCode)) {
            List<RoadmapItems> theirs = byMunicipality.get(m.code().value());
            if (theirs == null) {
                without.add(m);
            } else {
                theirs.sort(Comparator.comparing((RoadmapItems r) -> r.template().firstShownYear())
                        .thenComparingLong(RoadmapItems::roadmapId));
                // Filled in the same loop as byMunicipality: a municipality with roadmaps has its entry.
                Municipality named = Objects.requireNonNull(municipalities.get(m.code().value()), "named with its roadmaps");
                rows.add(new MunicipalityRoadmaps(named, theirs));
            }
        }
        // One continuous axis, even if some edition in between is missing: years line up column by column.
        List<FiscalYear> years = first > last ? List.of()
                : IntStream.rangeClosed(first, last).mapToObj(FiscalYear::of).toList();
        return new Comparison(category, years, rows, without);
    }
}
