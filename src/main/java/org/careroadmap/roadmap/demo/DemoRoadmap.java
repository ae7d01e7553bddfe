package org.careroadmap.roadmap.demo;

import java.util.List;

/** The shape of a demo roadmap file under {@code demo/}: the seed's text, one item per entry. */
record DemoRoadmap(String municipalityCode, String templateId, String source, List<String> judgements,
                   List<Item> items) {

    record Item(String category, String title, String targetVision, String achievementYear, String measures,
                List<DemoArrow> arrows) {
    }

    record DemoArrow(String label, String start, String end, Boolean continues) {
    }
}
