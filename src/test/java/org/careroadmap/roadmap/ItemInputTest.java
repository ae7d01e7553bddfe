package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemInputTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);

    private static List<FieldProblem> problemsOf(ItemInput input) {
        try {
            input.toContent(TEMPLATE);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected InvalidInputException for " + input);
    }

    @Test
    void readsEveryFieldIntoContent() {
        ItemContent content = new ItemInput("ａ", " 退院支援 ", "円滑な入退院\r\n", "令和8年度", " 入退院支援ルールの作成 ")
                .toContent(TEMPLATE);
        assertThat(content).isEqualTo(new ItemContent(CategoryCode.A, "退院支援", "円滑な入退院", FiscalYear.of(2026),
                "入退院支援ルールの作成"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和8年度", "R8", "2026", "2026年度(令和8年度)", "２０２６年度（令和８年度）"})
    void readsTheAchievementYearInAnyUsualNotation(String year) {
        assertThat(new ItemInput("A 医療", "退院支援", "v", year, "m").toContent(TEMPLATE).achievementYear())
                .isEqualTo(FiscalYear.of(2026));
    }

    @Test
    void readsAHeiseiYearTheTemplateOffers() {
        assertThat(new ItemInput("F", "初期集中支援チーム", "v", "平成30年度", "m").toContent(TEMPLATE).achievementYear())
                .isEqualTo(FiscalYear.of(2018));
    }

    @Test
    void leavesABlankAchievementYearEmptyForADraft() {
        ItemContent content = new ItemInput("B", "人材確保", null, " ", null).toContent(TEMPLATE);
        assertThat(content).isEqualTo(new ItemContent(CategoryCode.B, "人材確保", "", null, ""));
    }

    @Test
    void reportsEveryProblemAtOnceByField() {
        List<FieldProblem> problems = problemsOf(new ItemInput("I", " ", "v", "来年度", "m"));
        assertThat(problems).containsExactly(
                new FieldProblem("category", "category.unknown", List.of("I")),
                new FieldProblem("achievementYear", "fiscalYear.unreadable", List.of("来年度")),
                new FieldProblem("title", "item.titleRequired", List.of()));
    }

    @Test
    void reportsAllFiveFieldsWhenAllAreWrong() {
        List<FieldProblem> problems = problemsOf(new ItemInput("AB", "x".repeat(201), "v".repeat(2001), "2030",
                "m".repeat(4001)));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("category", "achievementYear", "title", "targetVision", "measures");
        assertThat(problems).extracting(FieldProblem::messageKey)
                .containsExactly("category.unknown", "item.achievementYearNotSelectable",
                        "text.tooLong", "text.tooLong", "text.tooLong");
        assertThat(problems).extracting(FieldProblem::arguments).containsExactly(
                List.of("AB"),
                List.of("2030年度(令和12年度)", "2018年度(平成30年度)", "2026年度(令和8年度)"),
                List.of(200), List.of(2000), List.of(4000));
    }

    @Test
    void acceptsTextsOfExactlyTheMaximumLength() {
        ItemContent content = new ItemInput("A", "x".repeat(200), "v".repeat(2000), "", "m".repeat(4000))
                .toContent(TEMPLATE);
        assertThat(content.title()).hasSize(200);
        assertThat(content.targetVision()).hasSize(2000);
        assertThat(content.measures()).hasSize(4000);
    }

    @Test
    void rejectsATitleOverTwoHundredCharacters() {
        assertThat(problemsOf(new ItemInput("A", "x".repeat(201), "v", "R8", "m")))
                .containsExactly(new FieldProblem("title", "text.tooLong", List.of(200)));
    }

    @Test
    void rejectsAnAchievementYearTheTemplateDoesNotOffer() {
        assertThat(problemsOf(new ItemInput("A", "t", "v", "R9", "m"))).containsExactly(
                new FieldProblem("achievementYear", "item.achievementYearNotSelectable",
                        List.of("2027年度(令和9年度)", "2018年度(平成30年度)", "2026年度(令和8年度)")));
    }

    @Test
    void rejectsInconsistentWesternAndEraYears() {
        assertThat(problemsOf(new ItemInput("A", "t", "v", "2026年度(令和7年度)", "m"))).containsExactly(
                new FieldProblem("achievementYear", "fiscalYear.inconsistent", List.of("2026年度(令和7年度)")));
    }

    @Test
    void nullCategoryAndTitleAreReportedAsProblemsNotCrashes() {
        assertThat(problemsOf(new ItemInput(null, null, null, null, null))).containsExactly(
                new FieldProblem("category", "category.unknown", List.of("null")),
                new FieldProblem("title", "item.titleRequired", List.of()));
    }

    @Test
    void theExceptionNamesTheFieldsInItsMessage() {
        assertThatThrownBy(() -> new ItemInput("I", "", "v", "R8", "m").toContent(TEMPLATE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: [category, title]");
    }
}
