package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapDocument;

/**
 * A roadmap as the sheet shows it: what the writer needs and nothing else, so exports can be produced
 * (and benchmarked) from any source of roadmaps.
 */
public record SheetRoadmap(String municipalityName, RoadmapTemplate template, List<Item> items) {

    public SheetRoadmap {
        items = List.copyOf(items);
    }

    /** One 項目 row group; {@code achievementYear} may be null in a draft. */
    public record Item(CategoryCode category, String title, String targetVision, @Nullable FiscalYear achievementYear,
                       String measures, List<Arrow> arrows) {
        public Item {
            arrows = List.copyOf(arrows);
        }
    }

    /** One 工程 arrow. */
    public record Arrow(String label, FiscalYear start, FiscalYear end, boolean continues) {
    }

    public static SheetRoadmap of(RoadmapDocument document) {
        return new SheetRoadmap(document.municipality().name(), document.template(),
                document.roadmap().items().stream().map(i -> new Item(i.category(), i.title(), i.targetVision(),
                        i.achievementYear().orElse(null), i.measures(),
                        i.arrows().stream().map(a -> new Arrow(a.label(), a.start(), a.end(), a.continues())).toList()))
                        .toList());
    }

    public List<Item> itemsIn(CategoryCode category) {
        return items.stream().filter(i -> i.category() == category).toList();
    }

    String title() {
        return SheetText.title(municipalityName);
    }
}
