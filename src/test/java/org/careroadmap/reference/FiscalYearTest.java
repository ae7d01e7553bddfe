package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "\"{0}\" is FY{1}")
    @CsvSource({
            "2026, 2026",
            "2026年度, 2026",
            "2026年, 2026",
            "FY2026, 2026",
            "令和8年度, 2026",
            "令和8年, 2026",
            "R8, 2026",
            "r8, 2026",
            "H30, 2018",
            "h30, 2018",
            "平成30年度, 2018",
            "令和元年度, 2019",
            "平成元年度, 1989",
            "H31, 2019",
            "２０２６年度, 2026",
            "Ｒ８, 2026",
            "令和８年度, 2026",
            "2026年度(令和8年度), 2026",
            "2026年度（令和８年度）, 2026",
            "２０１８年度（平成３０年度）, 2018",
            "2019年度(令和元年度), 2019",
            "2026年度(R8), 2026",
            "2026年度（Ｒ８）, 2026",
            "2026(令和8年度), 2026",
            "' 2026 年度 ', 2026",
    })
    void readsTheWaysPeopleWriteAFiscalYear(String text, int expected) {
        assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @Test
    void rejectsWesternAndEraYearsThatDisagree() {
        assertThatThrownBy(() -> FiscalYear.parse("2026年度(令和7年度)"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("fiscalYear.inconsistent");
                    assertThat(e.arguments()).containsExactly("2026年度(令和7年度)");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"来年度", "20260", "202", "令和", "R", "S50", "昭和50年度", "R0", "令和0年度", "H32",
            "平成40年度", "2026-04", "R8H30", "2026年度(令和8年度", "R183"})
    void rejectsTextThatIsNotAFiscalYear(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("fiscalYear.unreadable"));
    }

    @Test
    void reportsTheOriginalTextWhenUnreadable() {
        assertThatThrownBy(() -> FiscalYear.parse(" 来年度 "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("来年度"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "\t\n"})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("fiscalYear.blank"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> FiscalYear.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("fiscalYear.blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1988", "2201", "0000", "9999", "1988年度"})
    void rejectsYearsOutsideTheSupportedRange(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("fiscalYear.outOfRange"));
    }

    @Test
    void refusesToConstructAYearBeforeHeiseiOrAfterTheMaximum() {
        assertThatThrownBy(() -> FiscalYear.of(1988))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("fiscalYear.outOfRange");
                    assertThat(e.arguments()).containsExactly(1988, 1989, 2200);
                });
        assertThatThrownBy(() -> FiscalYear.of(2201))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("fiscalYear.outOfRange"));
        assertThat(FiscalYear.of(1989).value()).isEqualTo(1989);
        assertThat(FiscalYear.of(2200).value()).isEqualTo(2200);
    }

    @Test
    void namesTheFirstReiwaYearGannen() {
        assertThat(FiscalYear.of(2019).japaneseEra()).isEqualTo("令和元年度");
    }

    @Test
    void namesTheLastHeiseiFiscalYearBeforeReiwa() {
        assertThat(FiscalYear.of(2018).japaneseEra()).isEqualTo("平成30年度");
    }

    @Test
    void namesLaterReiwaYearsByNumber() {
        assertThat(FiscalYear.of(2026).japaneseEra()).isEqualTo("令和8年度");
        assertThat(FiscalYear.of(1989).japaneseEra()).isEqualTo("平成元年度");
    }

    @Test
    void labelsTheYearAsTheTemplateDoes() {
        assertThat(FiscalYear.of(2026).label()).isEqualTo("2026年度(令和8年度)");
        assertThat(FiscalYear.of(2018).label()).isEqualTo("2018年度(平成30年度)");
        assertThat(FiscalYear.of(2026)).hasToString("2026年度(令和8年度)");
        assertThat(FiscalYear.of(2026).labelEn()).isEqualTo("FY2026 (Reiwa 8)");
    }

    @Test
    void labelReadsBackAsTheSameYear() {
        for (int y = FiscalYear.MIN; y <= 2100; y++) {
            assertThat(FiscalYear.parse(FiscalYear.of(y).label())).isEqualTo(FiscalYear.of(y));
            assertThat(FiscalYear.parse(FiscalYear.of(y).japaneseEra())).isEqualTo(FiscalYear.of(y));
        }
    }

    @Test
    void marchBelongsToThePreviousFiscalYearAndAprilStartsTheNext() {
        assertThat(FiscalYear.containing(LocalDate.of(2027, 3, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 4, 1))).isEqualTo(FiscalYear.of(2027));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 1, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31))).isEqualTo(FiscalYear.of(2026));
    }

    @Test
    void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        FiscalYear fy = FiscalYear.of(2026);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FiscalYear.containing(fy.firstDay())).isEqualTo(fy);
        assertThat(FiscalYear.containing(fy.lastDay())).isEqualTo(fy);
    }

    @Test
    void ordersAndStepsByYear() {
        assertThat(FiscalYear.of(2026).plus(1)).isEqualTo(FiscalYear.of(2027));
        assertThat(FiscalYear.of(2026).isAfter(FiscalYear.of(2025))).isTrue();
        assertThat(FiscalYear.of(2026).isAfter(FiscalYear.of(2026))).isFalse();
        assertThat(FiscalYear.of(2025).isBefore(FiscalYear.of(2026))).isTrue();
        assertThat(FiscalYear.of(2026).compareTo(FiscalYear.of(2024))).isPositive();
    }
}
