package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.careroadmap.reference.CategoryCode;

/**
 * One result of checking a roadmap against the template's instructions ①–⑤: which instruction,
 * how serious, what it is about, and a message key with its arguments for the bundles.
 */
public record Finding(TemplateRule rule, Severity severity, Target target, String messageKey, List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public enum Severity { ERROR, WARNING }

    /** The template's numbered instructions, each a rule. */
    public enum TemplateRule {
        CATEGORIES("①"), TARGET_VISION("②"), ACHIEVEMENT_YEAR("③"), MEASURES("④"), PROCESS_ARROWS("⑤");

        private final String mark;

        TemplateRule(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    public enum TargetKind { CATEGORY, ITEM, ARROW }

    /** What a finding is about: a category, an item or one arrow of an item. */
    public record Target(TargetKind kind, CategoryCode category, @Nullable String itemId, @Nullable String itemTitle,
                         @Nullable String arrowId, @Nullable String arrowLabel) {

        static Target category(CategoryCode category) {
            return new Target(TargetKind.CATEGORY, category, null, null, null, null);
        }

        static Target item(RoadmapItem item) {
            return new Target(TargetKind.ITEM, item.category(), item.id(), item.title(), null, null);
        }

        static Target arrow(RoadmapItem item, Arrow arrow) {
            return new Target(TargetKind.ARROW, item.category(), item.id(), item.title(), arrow.id(), arrow.label());
        }
    }
}
