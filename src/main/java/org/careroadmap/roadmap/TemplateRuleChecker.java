package org.careroadmap.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.Finding.Severity;
import org.careroadmap.roadmap.Finding.Target;
import org.careroadmap.roadmap.Finding.TemplateRule;

/**
 * Checks a roadmap against the template's own instructions ①–⑤. Stateless: findings are
 * recomputed from the roadmap every time, so they can never silently disappear while their cause remains.
 */
public final class TemplateRuleChecker {

    private TemplateRuleChecker() {
    }

    public static List<Finding> check(Roadmap roadmap, RoadmapTemplate template) {
        List<Finding> findings = new ArrayList<>();
        for (CategoryCode category : CategoryCode.values()) {
            List<RoadmapItem> items = roadmap.itemsIn(category);
            if (items.isEmpty()) {
                findings.add(new Finding(TemplateRule.CATEGORIES, Severity.ERROR, Target.category(category),
                        "finding.categoryEmpty", List.of(category.heading())));
            }
            for (RoadmapItem item : items) {
                checkItem(item, template, findings);
            }
        }
        return findings;
    }

    private static void checkItem(RoadmapItem item, RoadmapTemplate template, List<Finding> findings) {
        Target target = Target.item(item);
        if (item.targetVision().isBlank()) {
            findings.add(new Finding(TemplateRule.TARGET_VISION, Severity.ERROR, target, "finding.visionMissing", List.of()));
        }
        Optional<FiscalYear> year = item.achievementYear();
        if (year.isEmpty()) {
            findings.add(new Finding(TemplateRule.ACHIEVEMENT_YEAR, Severity.ERROR, target,
                    "finding.achievementYearMissing", List.of()));
        } else if (!template.isSelectable(year.get())) {
            findings.add(new Finding(TemplateRule.ACHIEVEMENT_YEAR, Severity.ERROR, target,
                    "finding.achievementYearNotSelectable", List.of(year.get().label(),
                    template.selectableFrom().label(), template.selectableTo().label())));
        }
        if (item.measures().isBlank()) {
            findings.add(new Finding(TemplateRule.MEASURES, Severity.ERROR, target, "finding.measuresMissing", List.of()));
        }
        checkArrows(item, year, template, findings);
    }

    private static void checkArrows(RoadmapItem item, Optional<FiscalYear> year, RoadmapTemplate template,
                                    List<Finding> findings) {
        if (item.arrows().isEmpty()) {
            findings.add(new Finding(TemplateRule.PROCESS_ARROWS, Severity.ERROR, Target.item(item),
                    "finding.noArrows", List.of()));
            return;
        }
        for (Arrow arrow : item.arrows()) {
            Target target = Target.arrow(item, arrow);
            if (!template.shows(arrow.start()) || !template.shows(arrow.end())) {
                findings.add(new Finding(TemplateRule.PROCESS_ARROWS, Severity.ERROR, target,
                        "finding.arrowOutsideTimeline", List.of(arrow.start().label(), arrow.end().label(),
                        template.firstShownYear().label(), template.lastShownYear().label())));
            }
            if (year.isPresent() && arrow.end().isAfter(year.get()) && !arrow.continues()) {
                findings.add(new Finding(TemplateRule.PROCESS_ARROWS, Severity.ERROR, target,
                        "finding.arrowEndsAfterAchievementYear", List.of(arrow.end().label(), year.get().label())));
            }
            if (arrow.label().codePointCount(0, arrow.label().length()) > template.arrowLabelMaxLength()) {
                findings.add(new Finding(TemplateRule.PROCESS_ARROWS, Severity.WARNING, target,
                        "finding.arrowLabelLong", List.of(template.arrowLabelMaxLength())));
            }
        }
        year.ifPresent(y -> {
            if (item.arrows().stream().noneMatch(a -> reaches(a, y, template))) {
                findings.add(new Finding(TemplateRule.PROCESS_ARROWS, Severity.ERROR, Target.item(item),
                        "finding.noArrowReachesAchievementYear", List.of(y.label())));
            }
        });
    }

    /**
     * An arrow reaches the achievement year when it covers it; a year beyond the last column is
     * reached by an arrow that runs to the last column and is marked 継続.
     */
    private static boolean reaches(Arrow arrow, FiscalYear year, RoadmapTemplate template) {
        if (year.isAfter(template.lastShownYear())) {
            return arrow.continues() && arrow.end().equals(template.lastShownYear());
        }
        return arrow.span().covers(year);
    }
}
