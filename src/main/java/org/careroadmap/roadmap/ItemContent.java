package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * What a person states about a roadmap item (項目): its category, title, 目指す姿, 達成年度 and
 * 推進方策. Vision, year and measures may still be empty in a draft; the template rules report that.
 */
public record ItemContent(CategoryCode category, String title, String targetVision,
                          @Nullable FiscalYear achievementYear, String measures) {

    public static final int TITLE_MAX = 200;
    public static final int VISION_MAX = 2000;
    public static final int MEASURES_MAX = 4000;

    public ItemContent {
        if (category == null) {
            throw new InvalidValueException("category.unknown", "");
        }
        title = clean(title);
        targetVision = clean(targetVision);
        measures = clean(measures);
        if (title.isEmpty()) {
            throw new InvalidValueException("item.titleRequired");
        }
        requireMax(title, TITLE_MAX);
        requireMax(targetVision, VISION_MAX);
        requireMax(measures, MEASURES_MAX);
    }

    /** Refuses a 達成年度 the template edition does not offer. */
    void requireFits(RoadmapTemplate template) {
        if (achievementYear != null && !template.isSelectable(achievementYear)) {
            throw new InvalidValueException("item.achievementYearNotSelectable", achievementYear.label(),
                    template.selectableFrom().label(), template.selectableTo().label());
        }
    }

    /** Line breaks are part of the sheet's text; only surrounding blanks and CRs are dropped. */
    static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static void requireMax(String text, int max) {
        if (text.length() > max) {
            throw new InvalidValueException("text.tooLong", max);
        }
    }
}
