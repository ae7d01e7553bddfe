package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.Test;

class BaseFiguresTest {

    static BaseFigures figures(Integer population, Integer elderly, BigDecimal elderlyRate, BigDecimal careRate) {
        return new BaseFigures("422100", FiscalYear.of(2025), LocalDate.of(2026, 3, 31), population, elderly, null, null, null,
                elderlyRate, null, careRate, null, false);
    }

    @Test
    void ratesAreComputedFromCountsWhenCountsAreGiven() {
        BaseFigures f = figures(24000, 9600, new BigDecimal("99.9"), null).withComputedRates();
        assertThat(f.elderlyRate()).isEqualByComparingTo("40.0");
    }

    @Test
    void aRateGivenWithoutCountsIsKeptAsGivenEvenWithFourDecimals() {
        BaseFigures f = figures(null, null, new BigDecimal("39.8765"), new BigDecimal("15.2")).withComputedRates();
        assertThat(f.elderlyRate()).isEqualByComparingTo("39.8765");
        assertThat(f.careCertifiedRate()).isEqualByComparingTo("15.2");
    }

    @Test
    void aMoveOfMoreThanTwentyPercentIsFlaggedNotCorrected() {
        BaseFigures before = figures(24000, 9600, null, new BigDecimal("15.0")).withComputedRates();
        BaseFigures jump = figures(36000, 9800, null, new BigDecimal("15.5")).withComputedRates();
        assertThat(jump.suspiciousAgainst(before)).containsExactly("totalPopulation", "elderlyRate");
        assertThat(jump.totalPopulation()).isEqualTo(36000);
        BaseFigures steady = figures(23600, 9650, null, new BigDecimal("15.4")).withComputedRates();
        assertThat(steady.suspiciousAgainst(before)).isEmpty();
        assertThat(steady.suspiciousAgainst(null)).isEmpty();
    }
}
