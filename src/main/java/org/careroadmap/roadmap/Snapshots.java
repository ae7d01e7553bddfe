package org.careroadmap.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;

/** The recorded values of an item or arrow, as a person reads them in the change history. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, String> item(RoadmapItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("category", item.category().heading());
        values.put("title", item.title());
        values.put("targetVision", item.targetVision());
        values.put("achievementYear", item.achievementYear().map(y -> y.label()).orElse(""));
        values.put("measures", item.measures());
        return values;
    }

    static Map<String, String> arrow(Arrow arrow) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", arrow.label());
        values.put("startYear", arrow.start().label());
        values.put("endYear", arrow.end().label());
        values.put("continues", arrow.continues() ? "継続" : "");
        return values;
    }

    static Map<String, String> order(Roadmap roadmap, RoadmapItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("position", Integer.toString(roadmap.itemsIn(item.category()).indexOf(item) + 1));
        return values;
    }

    static Map<String, String> roadmap(Roadmap roadmap) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("template", roadmap.templateId());
        values.put("status", roadmap.status().name());
        values.put("items", Integer.toString(roadmap.items().size()));
        return values;
    }
}
