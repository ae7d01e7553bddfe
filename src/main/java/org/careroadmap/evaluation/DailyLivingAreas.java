package org.careroadmap.evaluation;

import java.util.List;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.platform.TransactionMemory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's 日常生活圏域, kept by its editor. Areas are never deleted: one that ceases is retired from
 * a fiscal year on, so earlier years keep it and their results. Readable by everyone: area names are public.
 */
@Service
@Transactional
public class DailyLivingAreas {

    private static final String COLUMNS = "id, municipality_code, code, name, description, first_year, retired_from_year, version";

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ReferenceData reference;

    DailyLivingAreas(JdbcClient jdbc, CurrentActor currentActor, ReferenceData reference) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.reference = reference;
    }

    /**
     * Every area the municipality has had, by code; read once per transaction (each step of an evaluation checks its
     * rows against them) and again after an area is added or changed.
     */
    @Transactional(readOnly = true)
    public List<DailyLivingArea> of(String municipalityCode) {
        return TransactionMemory.remembered(new ReadAreas(municipalityCode), () -> List.copyOf(jdbc.sql(
                        "SELECT " + COLUMNS + " FROM daily_living_area WHERE municipality_code = ? ORDER BY code")
                .param(municipalityCode).query(DailyLivingAreas::area).list()));
    }

    /** A municipality's areas read in this transaction. */
    private record ReadAreas(String municipalityCode) {
    }

    private static void changed(String municipalityCode) {
        TransactionMemory.forget(key -> key.equals(new ReadAreas(municipalityCode)));
    }

    /** The areas that exist in the fiscal year. */
    @Transactional(readOnly = true)
    public List<DailyLivingArea> activeIn(String municipalityCode, FiscalYear year) {
        return of(municipalityCode).stream().filter(a -> a.activeIn(year)).toList();
    }

    /** Adds an area as typed; who may is checked before what was typed. */
    public DailyLivingArea add(String municipalityCode, @Nullable String code, @Nullable String name,
                               @Nullable String description, @Nullable String firstYear, @Nullable String retiredFromYear) {
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        return add(municipalityCode, AreaInput.read(code, name, description, firstYear, retiredFromYear));
    }

    /** Changes an area as typed; who may is checked before what was typed. */
    public DailyLivingArea update(String municipalityCode, long areaId, long version, @Nullable String code,
                                  @Nullable String name, @Nullable String description, @Nullable String firstYear,
                                  @Nullable String retiredFromYear) {
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        return update(municipalityCode, areaId, version, AreaInput.read(code, name, description, firstYear, retiredFromYear));
    }

    public DailyLivingArea add(String municipalityCode, AreaInput input) {
        requireMunicipality(municipalityCode);
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        try {
            jdbc.sql("""
                    INSERT INTO daily_living_area (municipality_code, code, name, description, first_year, retired_from_year, version)
                    VALUES (?, ?, ?, ?, ?, ?, 0)""")
                    .params(municipalityCode, input.code(), input.name(), input.description(), input.firstYear().value())
                    .param(input.retiredFromYear() == null ? null : input.retiredFromYear().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.area.code.taken");
        }
        changed(municipalityCode);
        return of(municipalityCode).stream().filter(a -> a.code().equals(input.code())).findFirst().orElseThrow();
    }

    /** Changes an area's name, description or years (retiring it), based on the version the editor saw. */
    public DailyLivingArea update(String municipalityCode, long areaId, long version, AreaInput input) {
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        DailyLivingArea area = find(municipalityCode, areaId);
        try {
            int updated = jdbc.sql("""
                    UPDATE daily_living_area SET code = ?, name = ?, description = ?, first_year = ?, retired_from_year = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                    .params(input.code(), input.name(), input.description(), input.firstYear().value())
                    .param(input.retiredFromYear() == null ? null : input.retiredFromYear().value())
                    .params(area.id(), version)
                    .update();
            if (updated == 0) {
                throw new EvaluationConflictException("evaluation.changedMeanwhile");
            }
            changed(municipalityCode);
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.area.code.taken");
        }
        return find(municipalityCode, areaId);
    }

    @Transactional(readOnly = true)
    public DailyLivingArea find(String municipalityCode, long areaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM daily_living_area WHERE id = ? AND municipality_code = ?")
                .params(areaId, municipalityCode).query(DailyLivingAreas::area).optional()
                .orElseThrow(() -> new EvaluationNotFoundException("area"));
    }

    void requireMunicipality(String municipalityCode) {
        try {
            if (reference.municipality(new MunicipalityCode(municipalityCode)).isEmpty()) {
                throw new EvaluationNotFoundException("municipality");
            }
        } catch (IllegalArgumentException e) {
            throw new EvaluationNotFoundException("municipality");
        }
    }

    static DailyLivingArea area(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int retired = rs.getInt(7);
        FiscalYear retiredFrom = rs.wasNull() ? null : FiscalYear.of(retired);
        return new DailyLivingArea(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                FiscalYear.of(rs.getInt(6)), retiredFrom, rs.getLong(8));
    }
}
