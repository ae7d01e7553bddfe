package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.Test;

class AchievementTest {

    /** Ten 達成/未達成 criteria in A (ids 1–10), one in each other category (ids 11–17). */
    static EvaluationSheet sheet(int threshold, int weightOfFirst) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            criteria.add(new Criterion((long) i, CategoryCode.A, i, "A" + i, AnswerType.ACHIEVED_OR_NOT, 1, i == 1 ? weightOfFirst : 1));
        }
        long id = 11;
        for (CategoryCode c : CategoryCode.values()) {
            if (c != CategoryCode.A) {
                criteria.add(new Criterion(id++, c, 1, c.name(), AnswerType.LEVELS, 4, 1));
            }
        }
        return new EvaluationSheet(1, "42", FiscalYear.of(2025), threshold, 0, false, criteria, List.of(), Map.of());
    }

    static Map<Long, Integer> met(int fromId, int toId, int levelPoints) {
        Map<Long, Integer> points = new HashMap<>();
        for (long i = fromId; i <= toId; i++) {
            points.put(i, 1);
        }
        for (long i = 11; i <= 17; i++) {
            points.put(i, levelPoints);
        }
        return points;
    }

    @Test
    void eightOfTenEqualCriteriaMeetTheEightyPercentThreshold() {
        EvaluationSheet sheet = sheet(80, 1);
        Map<Long, Integer> eight = met(1, 8, 4);
        eight.put(9L, 0);
        eight.put(10L, 0);
        Achievement achievement = Achievement.of(sheet, eight);
        assertThat(achievement.percent(CategoryCode.A)).isEqualTo(80);
        // 8 of 10 in A and 7 of 7 levelled criteria at full points: 15 of 17.
        assertThat(achievement.overall()).isCloseTo(15.0 / 17, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(achievement.mostlyBuilt()).isTrue();
    }

    @Test
    void anUnansweredCriterionCountsAsNotReached() {
        EvaluationSheet sheet = sheet(80, 1);
        Achievement achievement = Achievement.of(sheet, met(1, 7, 0));
        assertThat(achievement.percent(CategoryCode.A)).isEqualTo(70);
        assertThat(achievement.percent(CategoryCode.B)).isZero();
        assertThat(achievement.mostlyBuilt()).isFalse();
    }

    @Test
    void exactlyTheThresholdCountsAsMostlyBuiltAndJustBelowDoesNot() {
        List<Criterion> ten = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            CategoryCode c = CategoryCode.values()[i - 1];
            ten.add(new Criterion((long) i, c, 1, "x", AnswerType.ACHIEVED_OR_NOT, 1, 1));
        }
        ten.add(new Criterion(9L, CategoryCode.A, 2, "x", AnswerType.ACHIEVED_OR_NOT, 1, 1));
        ten.add(new Criterion(10L, CategoryCode.B, 2, "x", AnswerType.ACHIEVED_OR_NOT, 1, 1));
        EvaluationSheet sheet = new EvaluationSheet(1, "42", FiscalYear.of(2025), 80, 0, false, ten, List.of(), Map.of());
        Map<Long, Integer> eight = new HashMap<>();
        for (long i = 1; i <= 8; i++) {
            eight.put(i, 1);
        }
        assertThat(Achievement.of(sheet, eight).mostlyBuilt()).isTrue();
        eight.put(8L, 0);
        assertThat(Achievement.of(sheet, eight).mostlyBuilt()).isFalse();
    }

    @Test
    void weightsCountAsManyCriteriaAndLevelsAsShares() {
        EvaluationSheet sheet = sheet(80, 3);
        Map<Long, Integer> points = met(2, 10, 2);
        points.put(1L, 0);
        Achievement achievement = Achievement.of(sheet, points);
        // A: weight 3 missed, nine of weight 1 met: 9 of 12.
        assertThat(achievement.shares().get(CategoryCode.A)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        // B–H: level 2 of 4.
        assertThat(achievement.percent(CategoryCode.H)).isEqualTo(50);
        assertThat(achievement.overall()).isCloseTo((9 + 3.5) / 19, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMunicipalityWeighsEveryAreaTheSame() {
        EvaluationSheet sheet = sheet(80, 1);
        Achievement both = Achievement.of(sheet, List.of(met(1, 10, 4), met(1, 0, 0)));
        assertThat(both.overallPercent()).isEqualTo(50);
        assertThat(both.percent(CategoryCode.A)).isEqualTo(50);
    }

    @Test
    void aRetiredAreaIsLeftOutFromItsRetirementYearButKeptBefore() {
        DailyLivingArea area = new DailyLivingArea(1, "422100", "04", "石田", "", FiscalYear.of(2017), FiscalYear.of(2025), 0);
        assertThat(area.activeIn(FiscalYear.of(2024))).isTrue();
        assertThat(area.activeIn(FiscalYear.of(2025))).isFalse();
        assertThat(area.activeIn(FiscalYear.of(2016))).isFalse();
    }

    @Test
    void aCategoryWithoutCriteriaHasNoShareAndTheSheetSaysSo() {
        EvaluationSheet onlyA = new EvaluationSheet(1, "42", FiscalYear.of(2025), 80, 0, false,
                List.of(new Criterion(1L, CategoryCode.A, 1, "x", AnswerType.ACHIEVED_OR_NOT, 1, 1)), List.of(), Map.of());
        assertThat(Achievement.of(onlyA, Map.of(1L, 1)).percent(CategoryCode.B)).isNull();
        assertThat(onlyA.missingCategories()).containsExactly(CategoryCode.B, CategoryCode.C, CategoryCode.D,
                CategoryCode.E, CategoryCode.F, CategoryCode.G, CategoryCode.H);
    }
}
