package org.careroadmap.roadmap;

import java.util.Objects;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;

/**
 * An item as a person or client sends it, every field still text. {@link #toContent} reads all
 * fields and reports every problem by field name, before anything is changed.
 */
public record ItemInput(String category, String title, String targetVision, String achievementYear, String measures) {

    public ItemContent toContent(RoadmapTemplate template) {
        InputReader reader = new InputReader();
        CategoryCode code = reader.read("category", category, CategoryCode::parse);
        FiscalYear year = reader.read("achievementYear", achievementYear, text -> {
            if (text == null || text.isBlank()) {
                return null;
            }
            FiscalYear parsed = FiscalYear.parse(text);
            if (!template.isSelectable(parsed)) {
                throw new InvalidValueException("item.achievementYearNotSelectable", parsed.label(),
                        template.selectableFrom().label(), template.selectableTo().label());
            }
            return parsed;
        });
        reader.read("title", title, text -> {
            String t = ItemContent.clean(text);
            if (t.isEmpty()) {
                throw new InvalidValueException("item.titleRequired");
            }
            return maxLength(t, ItemContent.TITLE_MAX);
        });
        reader.read("targetVision", targetVision, text -> maxLength(ItemContent.clean(text), ItemContent.VISION_MAX));
        reader.read("measures", measures, text -> maxLength(ItemContent.clean(text), ItemContent.MEASURES_MAX));
        reader.throwIfAny();
        // A category read without a problem is present (throwIfAny refused any other); the 達成年度 may be blank.
        return new ItemContent(Objects.requireNonNull(code, "category read"), title, targetVision, year, measures);
    }

    /** A text field: at most {@code max} characters, all of them ones a sheet and the database can hold. */
    static String maxLength(String text, int max) {
        org.careroadmap.platform.PlainText.requireXmlCharacters(text);
        if (text.length() > max) {
            throw new InvalidValueException("text.tooLong", max);
        }
        return text;
    }
}
