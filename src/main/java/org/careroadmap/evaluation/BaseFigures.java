package org.careroadmap.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.reference.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's base figures as of a date (31 March): 総人口, 高齢者数と高齢化率, 後期高齢者数と率, 要介護認定率,
 * 要支援認定率. Stored as given; a rate is computed from counts when the counts are given (高齢化率 and 後期高齢者率
 * over the population, the 認定率 over the elderly). Nothing is corrected: figures that moved more than 20 %
 * from the year before are flagged until the editor confirms them.
 */
public record BaseFigures(String municipalityCode, FiscalYear fiscalYear, LocalDate asOf, @Nullable Integer totalPopulation,
                          @Nullable Integer elderly, @Nullable Integer lateElderly, @Nullable Integer careCertified,
                          @Nullable Integer supportCertified, @Nullable BigDecimal elderlyRate,
                          @Nullable BigDecimal lateElderlyRate, @Nullable BigDecimal careCertifiedRate,
                          @Nullable BigDecimal supportCertifiedRate, boolean confirmed) {

    /** A move larger than this share of the previous year's value asks for confirmation. */
    public static final double SUSPICIOUS_CHANGE = 0.20;

    /** The same figures with every rate that its counts allow computed from them. */
    public BaseFigures withComputedRates() {
        return new BaseFigures(municipalityCode, fiscalYear, asOf, totalPopulation, elderly, lateElderly, careCertified,
                supportCertified, rate(elderly, totalPopulation, elderlyRate), rate(lateElderly, totalPopulation, lateElderlyRate),
                rate(careCertified, elderly, careCertifiedRate), rate(supportCertified, elderly, supportCertifiedRate), confirmed);
    }

    private static @Nullable BigDecimal rate(@Nullable Integer part, @Nullable Integer whole, @Nullable BigDecimal given) {
        if (part == null || whole == null || whole == 0) {
            return given;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The names of the figures that moved more than 20 % from the previous year's (none without a previous year). */
    public List<String> suspiciousAgainst(@Nullable BaseFigures previous) {
        List<String> moved = new ArrayList<>();
        if (previous == null) {
            return moved;
        }
        check(moved, "totalPopulation", totalPopulation, previous.totalPopulation);
        check(moved, "elderly", elderly, previous.elderly);
        check(moved, "lateElderly", lateElderly, previous.lateElderly);
        check(moved, "elderlyRate", elderlyRate, previous.elderlyRate);
        check(moved, "lateElderlyRate", lateElderlyRate, previous.lateElderlyRate);
        check(moved, "careCertifiedRate", careCertifiedRate, previous.careCertifiedRate);
        check(moved, "supportCertifiedRate", supportCertifiedRate, previous.supportCertifiedRate);
        return moved;
    }

    private static void check(List<String> moved, String name, @Nullable Number now, @Nullable Number before) {
        if (now == null || before == null || before.doubleValue() == 0) {
            return;
        }
        if (Math.abs(now.doubleValue() - before.doubleValue()) / Math.abs(before.doubleValue()) > SUSPICIOUS_CHANGE) {
            moved.add(name);
        }
    }
}
