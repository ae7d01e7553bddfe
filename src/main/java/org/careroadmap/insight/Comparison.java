package org.careroadmap.insight;

import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapStatus;

/**
 * One category's items of every roadmap the reader may read, by municipality, on one shared
 * fiscal-year axis: from the first to the last year any of those roadmaps shows, so the 第8期・第9期
 * and 第9期・第10期 editions line up as FY2021–2029.
 */
public record Comparison(CategoryCode category, List<FiscalYear> years, List<MunicipalityRoadmaps> municipalities,
                         List<Municipality> withoutRoadmap) {

    public Comparison {
        years = List.copyOf(years);
        municipalities = List.copyOf(municipalities);
        withoutRoadmap = List.copyOf(withoutRoadmap);
    }

    /** A municipality and its readable roadmaps, oldest edition first. */
    public record MunicipalityRoadmaps(Municipality municipality, List<RoadmapItems> roadmaps) {

        public MunicipalityRoadmaps {
            roadmaps = List.copyOf(roadmaps);
        }
    }

    /** One roadmap's items in the category; none is the gap a reviewer looks for. */
    public record RoadmapItems(long roadmapId, RoadmapTemplate template, RoadmapStatus status, List<RoadmapItem> items) {

        public RoadmapItems {
            items = List.copyOf(items);
        }

        public boolean shows(FiscalYear year) {
            return template.shows(year);
        }
    }
}
