package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.Test;

class ArrowInputTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);

    private static List<FieldProblem> problemsOf(ArrowInput input) {
        try {
            input.toContent(TEMPLATE);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected InvalidInputException for " + input);
    }

    private static ArrowSpan span(int start, int end) {
        return new ArrowSpan(FiscalYear.of(start), FiscalYear.of(end));
    }

    @Test
    void readsLabelYearsAndContinuation() {
        assertThat(new ArrowInput(" 中核機関の立ち上げ ", "令和3年度", "R5", true).toContent(TEMPLATE))
                .isEqualTo(new ArrowContent("中核機関の立ち上げ", span(2021, 2023), true));
    }

    @Test
    void readsFullWidthAndCombinedNotations() {
        assertThat(new ArrowInput("要支援者台帳を随時更新する", "２０２４年度（令和６年度）", "Ｒ８", false).toContent(TEMPLATE))
                .isEqualTo(new ArrowContent("要支援者台帳を随時更新する", span(2024, 2026), false));
    }

    @Test
    void acceptsAnArrowOfASingleYear() {
        assertThat(new ArrowInput("説明会", "2026", "2026年度", false).toContent(TEMPLATE).span())
                .isEqualTo(span(2026, 2026));
    }

    @Test
    void reportsEveryProblemAtOnceByField() {
        assertThat(problemsOf(new ArrowInput(" ", "", "2030", false))).containsExactly(
                new FieldProblem("label", "arrow.labelRequired", List.of()),
                new FieldProblem("startYear", "arrow.yearsRequired", List.of()),
                new FieldProblem("endYear", "arrow.outsideTimeline",
                        List.of("2021年度(令和3年度)", "2026年度(令和8年度)")));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThat(problemsOf(new ArrowInput("勉強会", "2025", "令和5年度", false))).containsExactly(
                new FieldProblem("endYear", "arrow.endBeforeStart",
                        List.of("2025年度(令和7年度)", "2023年度(令和5年度)")));
    }

    @Test
    void rejectsALabelOverTwoHundredCharacters() {
        assertThat(problemsOf(new ArrowInput("x".repeat(201), "2021", "2022", false)))
                .containsExactly(new FieldProblem("label", "text.tooLong", List.of(200)));
        assertThat(new ArrowInput("x".repeat(200), "2021", "2022", false).toContent(TEMPLATE).label()).hasSize(200);
    }

    @Test
    void rejectsAStartBeforeTheTimelineEvenIfTheTemplateOffersItAsAchievementYear() {
        assertThat(problemsOf(new ArrowInput("x", "H30", "2022", false))).containsExactly(
                new FieldProblem("startYear", "arrow.outsideTimeline",
                        List.of("2021年度(令和3年度)", "2026年度(令和8年度)")));
    }

    @Test
    void reportsUnreadableAndMissingYearsSeparately() {
        assertThat(problemsOf(new ArrowInput(null, "来年度", null, false))).containsExactly(
                new FieldProblem("label", "arrow.labelRequired", List.of()),
                new FieldProblem("startYear", "fiscalYear.unreadable", List.of("来年度")),
                new FieldProblem("endYear", "arrow.yearsRequired", List.of()));
    }
}
