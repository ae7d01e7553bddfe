package org.careroadmap.roadmap.web;

import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapItem;

/** The item editor's fields, exactly as typed, so a refused form comes back with nothing lost. */
public record ItemForm(String category, String title, String targetVision, String achievementYear, String measures,
                String version) {

    static ItemForm blank(String category, long version) {
        return new ItemForm(category, "", "", "", "", Long.toString(version));
    }

    static ItemForm of(RoadmapItem item, long version) {
        return new ItemForm(item.category().name(), item.title(), item.targetVision(),
                item.achievementYear().map(y -> Integer.toString(y.value())).orElse(""), item.measures(),
                Long.toString(version));
    }

    ItemInput input() {
        return new ItemInput(category, title, targetVision, achievementYear, measures);
    }

    ItemForm withVersion(long newVersion) {
        return new ItemForm(category, title, targetVision, achievementYear, measures, Long.toString(newVersion));
    }
}
