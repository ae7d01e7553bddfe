package org.careroadmap.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's base figures per fiscal year (総人口, 高齢者数, 後期高齢者数, 要介護・要支援認定), typed in or
 * imported from CSV. Rates are computed from counts where counts are given; a move of more than 20 % from the
 * year before is kept but flagged until the editor confirms it.
 */
@Service
@Transactional
public class BaseFigureRecords {

    private final EvaluationContext context;
    private final EvaluationHeads heads;

    BaseFigureRecords(EvaluationContext context, EvaluationHeads heads) {
        this.context = context;
        this.heads = heads;
    }

    /** Saves the year's figures as given; a flagged move is saved unconfirmed unless {@code confirm}. */
    public BaseFigures saveFigures(String municipalityCode, FiscalYear year, Map<String, String> values, boolean confirm) {
        Actor actor = context.currentActor().get();
        heads.municipality(municipalityCode);
        EvaluationAccess.requireEditor(actor, municipalityCode);
        BaseFigures figures = typed(municipalityCode, year, values);
        List<String> suspicious = figures.suspiciousAgainst(figures(municipalityCode, year.plus(-1)).orElse(null));
        boolean confirmed = suspicious.isEmpty() || confirm;
        context.jdbc().sql("DELETE FROM base_figures WHERE municipality_code = ? AND fiscal_year = ?").params(municipalityCode, year.value()).update();
        context.jdbc().sql("""
                INSERT INTO base_figures (municipality_code, fiscal_year, as_of, total_population, elderly, late_elderly,
                care_certified, support_certified, elderly_rate, late_elderly_rate, care_certified_rate, support_certified_rate,
                confirmed, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                // A list, not varargs: any figure may be blank (SQL NULL).
                .params(Arrays.asList(municipalityCode, year.value(), Date.valueOf(figures.asOf()), figures.totalPopulation(),
                        figures.elderly(), figures.lateElderly(), figures.careCertified(), figures.supportCertified(),
                        figures.elderlyRate(), figures.lateElderlyRate(), figures.careCertifiedRate(),
                        figures.supportCertifiedRate(), confirmed, Timestamp.from(context.clock().instant()), actor.recordedName()))
                .update();
        return figures(municipalityCode, year).orElseThrow();
    }

    /** Saves every year of a CSV or none; big moves are flagged as typed ones are. Returns the number of years. */
    public int importFigures(String municipalityCode, FiscalYear year, String filename, byte[] bytes) {
        EvaluationAccess.requireEditor(context.currentActor().get(), municipalityCode);
        List<BaseFiguresFile.YearRow> rows = BaseFiguresFile.read(year, bytes);
        for (BaseFiguresFile.YearRow row : rows) {
            // Inside this transaction: a row refused here (e.g. a part above its whole) undoes the rows before it.
            saveFigures(municipalityCode, row.year(), row.values(), false);
        }
        return rows.size();
    }

    @Transactional(readOnly = true)
    public Optional<BaseFigures> figures(String municipalityCode, FiscalYear year) {
        return context.jdbc().sql("""
                SELECT as_of, total_population, elderly, late_elderly, care_certified, support_certified, elderly_rate,
                late_elderly_rate, care_certified_rate, support_certified_rate, confirmed
                FROM base_figures WHERE municipality_code = ? AND fiscal_year = ?""")
                .params(municipalityCode, year.value())
                .query((rs, n) -> new BaseFigures(municipalityCode, year, rs.getDate(1).toLocalDate(), integer(rs, 2),
                        integer(rs, 3), integer(rs, 4), integer(rs, 5), integer(rs, 6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBoolean(11)))
                .optional();
    }

    private static BaseFigures typed(String municipalityCode, FiscalYear year, Map<String, String> values) {
        InputReader reader = new InputReader();
        LocalDate asOf = reader.read("asOf", values.get("asOf"), TypedInput::date);
        Integer total = reader.read("totalPopulation", values.get("totalPopulation"), TypedInput::count);
        Integer elderly = reader.read("elderly", values.get("elderly"), TypedInput::count);
        Integer late = reader.read("lateElderly", values.get("lateElderly"), TypedInput::count);
        Integer care = reader.read("careCertified", values.get("careCertified"), TypedInput::count);
        Integer support = reader.read("supportCertified", values.get("supportCertified"), TypedInput::count);
        BigDecimal elderlyRate = reader.read("elderlyRate", values.get("elderlyRate"), TypedInput::percent);
        BigDecimal lateRate = reader.read("lateElderlyRate", values.get("lateElderlyRate"), TypedInput::percent);
        BigDecimal careRate = reader.read("careCertifiedRate", values.get("careCertifiedRate"), TypedInput::percent);
        BigDecimal supportRate = reader.read("supportCertifiedRate", values.get("supportCertifiedRate"), TypedInput::percent);
        if (total != null && elderly != null && elderly > total) {
            reader.reject("elderly", "evaluation.figures.partExceedsWhole");
        }
        if (elderly != null && late != null && late > elderly) {
            reader.reject("lateElderly", "evaluation.figures.partExceedsWhole");
        }
        return new BaseFigures(municipalityCode, year, reader.valid(asOf), total, elderly, late, care, support, elderlyRate,
                lateRate, careRate, supportRate, false).withComputedRates();
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
