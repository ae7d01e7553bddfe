package org.careroadmap.evaluation.web;

import java.util.EnumMap;
import java.util.Map;

import org.careroadmap.evaluation.Achievement;
import org.careroadmap.evaluation.EvaluationView;
import org.careroadmap.evaluation.RadarChart;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.CategoryCode;

/** The radar chart of a view, with its title, description and legend in the reader's language. */
final class Radar {

    private Radar() {
    }

    static String svg(EvaluationView view, FieldMessages messages) {
        Map<CategoryCode, Integer> current = percents(view.achievement());
        Map<CategoryCode, Integer> previous = view.previousAchievement() == null ? null : percents(view.previousAchievement());
        StringBuilder description = new StringBuilder();
        for (CategoryCode c : CategoryCode.values()) {
            Integer p = current.get(c);
            description.append(c.name()).append(' ').append(p == null ? "-" : p + "%").append(c == CategoryCode.H ? "" : ", ");
        }
        return RadarChart.svg(current, previous,
                messages.message("evaluation.radar.title", view.municipality().name()),
                description.toString(),
                messages.message("evaluation.radar.current"),
                messages.message("evaluation.radar.previous"));
    }

    static Map<CategoryCode, Integer> percents(Achievement achievement) {
        Map<CategoryCode, Integer> map = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            Integer p = achievement.percent(c);
            if (p != null) {
                map.put(c, p);
            }
        }
        return map;
    }
}
