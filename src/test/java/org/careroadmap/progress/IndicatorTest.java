package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    static final FiscalYear FY2025 = FiscalYear.of(2025);

    static Activity activity(String item, String kind, LocalDate date, Integer participants) {
        return new Activity(1L, 1, item, null, FiscalYear.containing(date), kind, "t", date, participants, List.of(), null,
                Instant.EPOCH, "x");
    }

    final List<Activity> log = List.of(
            activity("a", "勉強会", LocalDate.of(2025, 7, 1), 30),
            activity("a", "勉強会", LocalDate.of(2026, 1, 20), 25),
            activity("a", "会議", LocalDate.of(2025, 5, 1), 10),
            activity("a", "勉強会", LocalDate.of(2026, 4, 1), 99),   // FY2026
            activity("b", "勉強会", LocalDate.of(2025, 8, 1), 50));  // another item

    static Indicator indicator(IndicatorSource source, List<String> kinds, boolean higherIsBetter, String target, String actual) {
        return new Indicator(1L, 1, "a", "回数", "回", higherIsBetter, source, kinds,
                Map.of(2025, new Indicator.YearValue(target == null ? null : new BigDecimal(target),
                        actual == null ? null : new BigDecimal(actual))));
    }

    @Test
    void countsTheItemsActivitiesOfTheKindsInTheFiscalYear() {
        Indicator studies = indicator(IndicatorSource.ACTIVITY_COUNT, List.of("勉強会"), true, "2", null);
        assertThat(studies.actual(FY2025, log)).isEqualByComparingTo("2");
        assertThat(studies.onTarget(FY2025, log)).contains(true);
        Indicator all = indicator(IndicatorSource.ACTIVITY_COUNT, List.of(), true, "4", null);
        assertThat(all.actual(FY2025, log)).isEqualByComparingTo("3");
        assertThat(all.onTarget(FY2025, log)).contains(false);
    }

    @Test
    void addsUpParticipants() {
        Indicator people = indicator(IndicatorSource.PARTICIPANT_SUM, List.of("勉強会"), true, "50", null);
        assertThat(people.actual(FY2025, log)).isEqualByComparingTo("55");
        assertThat(people.onTarget(FY2025, log)).contains(true);
    }

    @Test
    void aTypedInActualIsComparedInTheIndicatorsDirection() {
        assertThat(indicator(IndicatorSource.MANUAL, List.of(), false, "10", "8").onTarget(FY2025, log)).contains(true);
        assertThat(indicator(IndicatorSource.MANUAL, List.of(), true, "10", "8").onTarget(FY2025, log)).contains(false);
        assertThat(indicator(IndicatorSource.MANUAL, List.of(), true, null, "8").onTarget(FY2025, log)).isEmpty();
        assertThat(indicator(IndicatorSource.MANUAL, List.of(), true, "3", null).onTarget(FiscalYear.of(2024), log)).isEmpty();
    }

    @Test
    void refusesNegativeFiguresAndActivitiesOutsideTheirFiscalYear() {
        assertThatThrownBy(() -> indicator(IndicatorSource.MANUAL, List.of(), true, "-1", null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Activity(null, 1, "a", null, FY2025, "会議", "t", LocalDate.of(2025, 3, 31), null,
                List.of(), null, Instant.EPOCH, "x")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("progress.activity.dateOutsideYear");
        assertThat(Indicators.figure("１２")).isEqualByComparingTo("12");
        assertThatThrownBy(() -> Indicators.figure("abc")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ActivityReader.count("-3")).hasMessageContaining("progress.count.negative");
        assertThatThrownBy(() -> ActivityReader.count("3人")).hasMessageContaining("progress.count.notANumber");
    }

    @Test
    void valuesReadBackWithTheDatabasesTwoDecimalsShowAsPeopleWroteThem() {
        Indicator.YearValue fromDatabase = new Indicator.YearValue(new BigDecimal("2.00"), new BigDecimal("60.50"));
        assertThat(fromDatabase.target().toPlainString()).isEqualTo("2");
        assertThat(fromDatabase.actual().toPlainString()).isEqualTo("60.5");
        assertThat(Indicator.plain(new BigDecimal("6E+1")).toPlainString()).isEqualTo("60");
    }
}
