package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RoadmapTemplateTest {

    private final RoadmapTemplate eightAndNine = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);

    private static FiscalYear[] years(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(FiscalYear::of).toArray(FiscalYear[]::new);
    }

    @Test
    void periodsEightAndNineShowFiscalYears2021To2026() {
        assertThat(eightAndNine.periods()).containsExactly(PlanPeriod.of(8), PlanPeriod.of(9));
        assertThat(eightAndNine.shownYears()).containsExactly(years(2021, 2026));
        assertThat(eightAndNine.firstShownYear()).isEqualTo(FiscalYear.of(2021));
        assertThat(eightAndNine.lastShownYear()).isEqualTo(FiscalYear.of(2026));
    }

    @Test
    void periodsNineAndTenShowFiscalYears2024To2029() {
        RoadmapTemplate nineAndTen = new RoadmapTemplate("nagasaki-9-10", "t", PlanPeriod.of(9), 2,
                FiscalYear.of(2021), FiscalYear.of(2029), 40);
        assertThat(nineAndTen.shownYears()).containsExactly(years(2024, 2029));
        assertThat(nineAndTen.lastShownYear()).isEqualTo(FiscalYear.of(2029));
    }

    @Test
    void showsOnlyTheTimelineColumns() {
        assertThat(eightAndNine.shows(FiscalYear.of(2020))).isFalse();
        assertThat(eightAndNine.shows(FiscalYear.of(2021))).isTrue();
        assertThat(eightAndNine.shows(FiscalYear.of(2026))).isTrue();
        assertThat(eightAndNine.shows(FiscalYear.of(2027))).isFalse();
    }

    @Test
    void offersAchievementYearsFromItsListEvenBeforeTheTimeline() {
        assertThat(eightAndNine.isSelectable(FiscalYear.of(2017))).isFalse();
        assertThat(eightAndNine.isSelectable(FiscalYear.of(2018))).isTrue();
        assertThat(eightAndNine.isSelectable(FiscalYear.of(2026))).isTrue();
        assertThat(eightAndNine.isSelectable(FiscalYear.of(2027))).isFalse();
        assertThat(eightAndNine.selectableYears()).containsExactly(years(2018, 2026));
    }

    @Test
    void refusesATemplateWithoutIdOrName() {
        assertThatThrownBy(() -> new RoadmapTemplate(" ", "t", PlanPeriod.of(8), 2, FiscalYear.of(2018),
                FiscalYear.of(2026), 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.nameRequired"));
        assertThatThrownBy(() -> new RoadmapTemplate("id", null, PlanPeriod.of(8), 2, FiscalYear.of(2018),
                FiscalYear.of(2026), 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.nameRequired"));
    }

    @Test
    void refusesZeroOrMoreThanFourPeriods() {
        assertThatThrownBy(() -> new RoadmapTemplate("id", "t", PlanPeriod.of(8), 0, FiscalYear.of(2018),
                FiscalYear.of(2026), 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.periods"));
        assertThatThrownBy(() -> new RoadmapTemplate("id", "t", PlanPeriod.of(8), 5, FiscalYear.of(2018),
                FiscalYear.of(2026), 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.periods"));
    }

    @Test
    void refusesASelectableRangeThatRunsBackwards() {
        assertThatThrownBy(() -> new RoadmapTemplate("id", "t", PlanPeriod.of(8), 2, FiscalYear.of(2027),
                FiscalYear.of(2026), 40))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.selectableYears"));
    }

    @Test
    void refusesAnArrowLabelLimitBelowFive() {
        assertThatThrownBy(() -> new RoadmapTemplate("id", "t", PlanPeriod.of(8), 2, FiscalYear.of(2018),
                FiscalYear.of(2026), 4))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.labelLength"));
    }
}
