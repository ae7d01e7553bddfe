package org.careroadmap.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The row every change to an evaluation goes through: found or started as a draft while the round is open,
 * its version checked and raised in the database (409 otherwise), and each step recorded in its history.
 */
@Component
class EvaluationHeads {

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final EvaluationRounds rounds;
    private final EvaluationSheets sheets;
    private final Clock clock;

    EvaluationHeads(JdbcClient jdbc, ReferenceData reference, EvaluationRounds rounds, EvaluationSheets sheets, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.rounds = rounds;
        this.sheets = sheets;
        this.clock = clock;
    }

    record Head(long id, String municipalityCode, long sheetId, EvaluationStatus status, long version,
                @Nullable LocalDate hearingDate, @Nullable String hearingParticipants) {
    }

    static final String HEAD_COLUMNS = "id, municipality_code, sheet_id, status, version, hearing_date, hearing_participants";

    static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), EvaluationStatus.valueOf(rs.getString(4)), rs.getLong(5),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7));
    }

    Optional<Head> find(String municipalityCode, FiscalYear year) {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM evaluation WHERE municipality_code = ? AND fiscal_year = ?")
                .params(municipalityCode, year.value()).query(EvaluationHeads::head).optional();
    }

    Head existing(String municipalityCode, FiscalYear year) {
        municipality(municipalityCode);
        return find(municipalityCode, year).orElseThrow(() -> new EvaluationNotFoundException("evaluation"));
    }

    /** The existing evaluation, refused once published: a public page does not change under its readers. */
    Head unpublished(String municipalityCode, FiscalYear year) {
        Head head = existing(municipalityCode, year);
        if (head.status() == EvaluationStatus.PUBLISHED) {
            throw new EvaluationConflictException("evaluation.published.readOnly");
        }
        return head;
    }

    /** The evaluation, started as a draft on the year's sheet when the round is open and nothing was saved yet. */
    Head creatingDraft(String municipalityCode, FiscalYear year) {
        Municipality municipality = municipality(municipalityCode);
        Optional<Head> existing = find(municipalityCode, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        EvaluationView.Round round = rounds.round(municipality.prefectureCode(), year)
                .orElseThrow(() -> new EvaluationConflictException("evaluation.round.none"));
        if (!round.open()) {
            throw new EvaluationConflictException("evaluation.round.closed");
        }
        EvaluationSheet sheet = sheets.sheet(municipality.prefectureCode(), year).orElseThrow();
        try {
            jdbc.sql("""
                    INSERT INTO evaluation (municipality_code, fiscal_year, sheet_id, status, version, updated_at)
                    VALUES (?, ?, ?, 'DRAFT', 0, ?)""")
                    .params(municipalityCode, year.value(), sheet.id(), Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.changedMeanwhile");
        }
        return find(municipalityCode, year).orElseThrow();
    }

    /** The evaluation while the municipality holds it (作成中 or 差戻し), its version raised. */
    Head editable(String municipalityCode, FiscalYear year, long version) {
        Head head = creatingDraft(municipalityCode, year);
        if (!head.status().editableByMunicipality()) {
            throw new EvaluationConflictException("evaluation.notEditable");
        }
        bump(head, version);
        return head;
    }

    void bump(Head head, long version) {
        int updated = jdbc.sql("UPDATE evaluation SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(Timestamp.from(clock.instant()), head.id(), version).update();
        if (updated == 0) {
            throw new EvaluationConflictException("evaluation.changedMeanwhile");
        }
    }

    void event(long evaluationId, Actor actor, String action, @Nullable String comment) {
        jdbc.sql("""
                INSERT INTO evaluation_event (evaluation_id, action, actor, actor_role, occurred_at, comment)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(evaluationId, action, actor.recordedName(), EvaluationAccess.side(actor), Timestamp.from(clock.instant()))
                .param(comment)
                .update();
    }

    Municipality municipality(String municipalityCode) {
        try {
            return reference.municipality(new MunicipalityCode(municipalityCode))
                    .orElseThrow(() -> new EvaluationNotFoundException("municipality"));
        } catch (IllegalArgumentException e) {
            throw new EvaluationNotFoundException("municipality");
        }
    }
}
