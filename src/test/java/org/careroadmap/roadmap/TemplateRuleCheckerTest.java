package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.Finding.Severity;
import org.careroadmap.roadmap.Finding.Target;
import org.careroadmap.roadmap.Finding.TargetKind;
import org.careroadmap.roadmap.Finding.TemplateRule;
import org.junit.jupiter.api.Test;

class TemplateRuleCheckerTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);
    /** Same edition id, but 達成年度 may be chosen up to FY2029, beyond the timeline's last column. */
    private static final RoadmapTemplate BEYOND = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2029), 40);

    private static final String FY2018 = "2018年度(平成30年度)";
    private static final String FY2021 = "2021年度(令和3年度)";
    private static final String FY2023 = "2023年度(令和5年度)";
    private static final String FY2024 = "2024年度(令和6年度)";
    private static final String FY2026 = "2026年度(令和8年度)";
    private static final String FY2029 = "2029年度(令和11年度)";

    private static FiscalYear fy(int year) {
        return FiscalYear.of(year);
    }

    private static ArrowContent arrow(String label, int start, int end, boolean continues) {
        return new ArrowContent(label, new ArrowSpan(fy(start), fy(end)), continues);
    }

    private static Roadmap start(RoadmapTemplate template) {
        return Roadmap.start(new MunicipalityCode("422100"), template,
                Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** A roadmap whose categories other than those given each hold one complete item. */
    private static Roadmap completeExcept(RoadmapTemplate template, CategoryCode... left) {
        Roadmap roadmap = start(template);
        for (CategoryCode category : CategoryCode.values()) {
            if (Arrays.asList(left).contains(category)) {
                continue;
            }
            RoadmapItem item = roadmap.addItem(new ItemContent(category, category.nameJa() + "の取組", "目指す姿",
                    fy(2026), "推進方策"), template);
            roadmap.addArrow(item.id(), arrow("取組の実施", 2024, 2026, false), template);
        }
        return roadmap;
    }

    private static RoadmapItem addA(Roadmap roadmap, String vision, FiscalYear year, String measures,
                                    RoadmapTemplate template) {
        return roadmap.addItem(new ItemContent(CategoryCode.A, "退院支援", vision, year, measures), template);
    }

    private static Finding itemFinding(TemplateRule rule, RoadmapItem item, String key, Object... args) {
        return new Finding(rule, Severity.ERROR, Target.item(item), key, List.of(args));
    }

    private static Finding arrowFinding(Severity severity, RoadmapItem item, Arrow arrow, String key, Object... args) {
        return new Finding(TemplateRule.PROCESS_ARROWS, severity, Target.arrow(item, arrow), key, List.of(args));
    }

    @Test
    void findsNothingInACompleteRoadmapWithAllEightCategories() {
        Roadmap roadmap = completeExcept(TEMPLATE);
        assertThat(roadmap.items()).hasSize(8);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    @Test
    void reportsEmptyCategoryUnderRuleOne() {
        List<Finding> findings = TemplateRuleChecker.check(completeExcept(TEMPLATE, CategoryCode.H), TEMPLATE);
        assertThat(findings).containsExactly(new Finding(TemplateRule.CATEGORIES, Severity.ERROR,
                new Target(TargetKind.CATEGORY, CategoryCode.H, null, null, null, null),
                "finding.categoryEmpty", List.of("H 地域共生社会の実現と住民参画")));
    }

    @Test
    void reportsEveryCategoryOfAnEmptyRoadmapInSheetOrder() {
        List<Finding> findings = TemplateRuleChecker.check(start(TEMPLATE), TEMPLATE);
        assertThat(findings).extracting(f -> f.target().category()).containsExactly(CategoryCode.values());
        assertThat(findings).extracting(Finding::messageKey).containsOnly("finding.categoryEmpty");
        assertThat(findings).extracting(Finding::rule).containsOnly(TemplateRule.CATEGORIES);
        assertThat(findings.get(0).arguments()).containsExactly("A 医療");
    }

    @Test
    void stopsReportingAnEmptyCategoryOnceItHasAnItem() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).hasSize(1);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2026, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    @Test
    void reportsMissingTargetVisionUnderRuleTwo() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "  ", fy(2026), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2024, 2026, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.TARGET_VISION, item, "finding.visionMissing"));
    }

    @Test
    void reportsMissingAchievementYearUnderRuleThree() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", null, "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2022, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.ACHIEVEMENT_YEAR, item, "finding.achievementYearMissing"));
    }

    @Test
    void reportsAStoredAchievementYearTheTemplateNoLongerOffers() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2018), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2021, true), TEMPLATE);
        RoadmapTemplate narrower = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
                fy(2021), fy(2026), 40);
        assertThat(TemplateRuleChecker.check(roadmap, narrower)).containsExactly(
                itemFinding(TemplateRule.ACHIEVEMENT_YEAR, item, "finding.achievementYearNotSelectable",
                        FY2018, FY2021, FY2026),
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrowReachesAchievementYear", FY2018));
    }

    @Test
    void reportsMissingMeasuresUnderRuleFour() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2024, 2026, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.MEASURES, item, "finding.measuresMissing"));
    }

    @Test
    void reportsAnItemWithoutArrowsUnderRuleFive() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrows"));
    }

    @Test
    void reportsEverythingABareItemLacksInRuleOrder() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, null, null, null, TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.TARGET_VISION, item, "finding.visionMissing"),
                itemFinding(TemplateRule.ACHIEVEMENT_YEAR, item, "finding.achievementYearMissing"),
                itemFinding(TemplateRule.MEASURES, item, "finding.measuresMissing"),
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrows"));
    }

    @Test
    void rejectsArrowEndingAfterAchievementYear() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2024), "m", TEMPLATE);
        Arrow arrow = roadmap.addArrow(item.id(), arrow("ルール作成", 2024, 2026, false), TEMPLATE);
        List<Finding> findings = TemplateRuleChecker.check(roadmap, TEMPLATE);
        assertThat(findings).containsExactly(arrowFinding(Severity.ERROR, item, arrow,
                "finding.arrowEndsAfterAchievementYear", FY2026, FY2024));
        Target target = findings.get(0).target();
        assertThat(target.kind()).isEqualTo(TargetKind.ARROW);
        assertThat(target.arrowId()).isEqualTo(arrow.id());
        assertThat(target.arrowLabel()).isEqualTo("ルール作成");
        assertThat(target.itemId()).isEqualTo(item.id());
        assertThat(target.itemTitle()).isEqualTo("退院支援");
        assertThat(target.category()).isEqualTo(CategoryCode.A);
    }

    @Test
    void acceptsAContinuingArrowEndingAfterAchievementYear() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2024), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("人材確保のための説明会の実施（継続）", 2024, 2026, true), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    @Test
    void reportsWhenNoArrowReachesAchievementYear() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2023, false), TEMPLATE);
        roadmap.addArrow(item.id(), arrow("勉強会", 2024, 2025, true), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrowReachesAchievementYear", FY2026));
    }

    @Test
    void oneArrowReachingTheAchievementYearIsEnough() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2025), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2022, false), TEMPLATE);
        roadmap.addArrow(item.id(), arrow("周知", 2023, 2025, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    /** Iki's 認知症初期集中支援チーム: set up in H29, shown as 平成30年度, arrows drawn on the later columns. */
    @Test
    void surfacesAnAchievementYearBeforeTheTimelineWithArrowsAfterIt() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2018), "m", TEMPLATE);
        Arrow arrow = roadmap.addArrow(item.id(), arrow("チームの運営", 2021, 2023, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).containsExactly(
                arrowFinding(Severity.ERROR, item, arrow, "finding.arrowEndsAfterAchievementYear", FY2023, FY2018),
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrowReachesAchievementYear", FY2018));
    }

    @Test
    void aContinuingArrowToTheLastColumnReachesAYearBeyondTheTimeline() {
        Roadmap roadmap = completeExcept(BEYOND, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2028), "m", BEYOND);
        roadmap.addArrow(item.id(), arrow("体制の検討", 2024, 2026, true), BEYOND);
        assertThat(TemplateRuleChecker.check(roadmap, BEYOND)).isEmpty();
    }

    @Test
    void anArrowThatStopsAtTheLastColumnDoesNotReachAYearBeyondTheTimeline() {
        Roadmap roadmap = completeExcept(BEYOND, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2028), "m", BEYOND);
        roadmap.addArrow(item.id(), arrow("体制の検討", 2024, 2026, false), BEYOND);
        assertThat(TemplateRuleChecker.check(roadmap, BEYOND)).containsExactly(
                itemFinding(TemplateRule.PROCESS_ARROWS, item, "finding.noArrowReachesAchievementYear",
                        "2028年度(令和10年度)"));
    }

    @Test
    void aContinuingArrowEndingBeforeTheLastColumnDoesNotReachAYearBeyondTheTimeline() {
        Roadmap roadmap = completeExcept(BEYOND, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2028), "m", BEYOND);
        roadmap.addArrow(item.id(), arrow("体制の検討", 2024, 2025, true), BEYOND);
        assertThat(TemplateRuleChecker.check(roadmap, BEYOND)).extracting(Finding::messageKey)
                .containsExactly("finding.noArrowReachesAchievementYear");
    }

    @Test
    void reportsAStoredArrowOutsideTheTemplateTimeline() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        Arrow arrow = roadmap.addArrow(item.id(), arrow("ルール作成", 2021, 2026, false), TEMPLATE);
        RoadmapTemplate nineAndTen = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(9), 2,
                fy(2018), fy(2029), 40);
        assertThat(TemplateRuleChecker.check(roadmap, nineAndTen)).containsExactly(
                arrowFinding(Severity.ERROR, item, arrow, "finding.arrowOutsideTimeline",
                        FY2021, FY2026, FY2024, FY2029));
    }

    @Test
    void warnsOfAnArrowLabelTooLongToFitInsideTheArrow() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        Arrow arrow = roadmap.addArrow(item.id(), arrow("あ".repeat(41), 2024, 2026, false), TEMPLATE);
        List<Finding> findings = TemplateRuleChecker.check(roadmap, TEMPLATE);
        assertThat(findings).containsExactly(
                arrowFinding(Severity.WARNING, item, arrow, "finding.arrowLabelLong", 40));
    }

    @Test
    void acceptsAnArrowLabelOfExactlyTheLimit() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        roadmap.addArrow(item.id(), arrow("あ".repeat(40), 2024, 2026, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    @Test
    void countsArrowLabelLengthInCharactersNotUtf16Units() {
        Roadmap roadmap = completeExcept(TEMPLATE, CategoryCode.A);
        RoadmapItem item = addA(roadmap, "v", fy(2026), "m", TEMPLATE);
        String fortySupplementary = "𠮷".repeat(40);
        assertThat(fortySupplementary).hasSize(80);
        roadmap.addArrow(item.id(), arrow(fortySupplementary, 2024, 2026, false), TEMPLATE);
        assertThat(TemplateRuleChecker.check(roadmap, TEMPLATE)).isEmpty();
    }

    @Test
    void givesEachRuleTheSheetsNumberMark() {
        assertThat(TemplateRule.values()).extracting(TemplateRule::mark).containsExactly("①", "②", "③", "④", "⑤");
    }
}
