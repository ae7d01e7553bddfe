package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanPeriodTest {

    @ParameterizedTest(name = "第{0}期 is FY{1}–{2}")
    @CsvSource({"1, 2000, 2002", "7, 2018, 2020", "8, 2021, 2023", "9, 2024, 2026", "10, 2027, 2029"})
    void coversThreeFiscalYearsCountedFromTheFirstPeriodIn2000(int number, int first, int last) {
        PlanPeriod period = PlanPeriod.of(number);
        assertThat(period.firstYear()).isEqualTo(FiscalYear.of(first));
        assertThat(period.lastYear()).isEqualTo(FiscalYear.of(last));
        assertThat(period.years()).containsExactly(FiscalYear.of(first), FiscalYear.of(first + 1), FiscalYear.of(last));
    }

    @ParameterizedTest(name = "FY{0} is in 第{1}期")
    @CsvSource({"2000, 1", "2020, 7", "2021, 8", "2023, 8", "2024, 9", "2026, 9", "2027, 10", "2029, 10"})
    void findsThePeriodContainingAFiscalYear(int year, int number) {
        assertThat(PlanPeriod.containing(FiscalYear.of(year))).isEqualTo(PlanPeriod.of(number));
    }

    @Test
    void refusesYearsBeforeCareInsuranceBegan() {
        assertThatThrownBy(() -> PlanPeriod.containing(FiscalYear.of(1999)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("planPeriod.beforeInsurance");
                    assertThat(e.arguments()).containsExactly(1999);
                });
    }

    @Test
    void containsOnlyItsOwnThreeYears() {
        PlanPeriod ninth = PlanPeriod.of(9);
        assertThat(ninth.contains(FiscalYear.of(2023))).isFalse();
        assertThat(ninth.contains(FiscalYear.of(2024))).isTrue();
        assertThat(ninth.contains(FiscalYear.of(2026))).isTrue();
        assertThat(ninth.contains(FiscalYear.of(2027))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第９期計画", "第9期", "第9期計画", "9", "９", "9期", " 第 9 期 "})
    void readsThePeriodAsPeopleWriteIt(String text) {
        assertThat(PlanPeriod.parse(text)).isEqualTo(PlanPeriod.of(9));
    }

    @Test
    void readsTwoDigitPeriods() {
        assertThat(PlanPeriod.parse("第１０期計画")).isEqualTo(PlanPeriod.of(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "第期", "第九期", "第9期間", "第100期", "period 9"})
    void rejectsUnreadablePeriods(String text) {
        assertThatThrownBy(() -> PlanPeriod.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planPeriod.unreadable"));
    }

    @Test
    void rejectsNullAsUnreadable() {
        assertThatThrownBy(() -> PlanPeriod.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planPeriod.unreadable"));
    }

    @Test
    void rejectsPeriodZero() {
        assertThatThrownBy(() -> PlanPeriod.parse("第0期"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("planPeriod.outOfRange");
                    assertThat(e.arguments()).containsExactly(0);
                });
    }

    @Test
    void labelsThePeriodAsTheSheetDoes() {
        PlanPeriod ninth = PlanPeriod.of(9);
        assertThat(ninth.label()).isEqualTo("第9期");
        assertThat(ninth.planLabel()).isEqualTo("第9期計画");
        assertThat(ninth.labelEn()).isEqualTo("Plan period 9 (FY2024–2026)");
    }

    @Test
    void theNextPeriodFollowsWithoutGap() {
        assertThat(PlanPeriod.of(9).next()).isEqualTo(PlanPeriod.of(10));
        assertThat(PlanPeriod.of(9).next().firstYear()).isEqualTo(PlanPeriod.of(9).lastYear().plus(1));
    }
}
