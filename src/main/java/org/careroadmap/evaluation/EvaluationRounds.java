package org.careroadmap.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The prefecture's yearly rounds: the 県管理者 opens one on a complete sheet version with a deadline, and closes it. */
@Service
@Transactional
public class EvaluationRounds {

    private final EvaluationContext context;

    EvaluationRounds(EvaluationContext context) {
        this.context = context;
    }

    public EvaluationView.Round openRound(String fiscalYear, String deadline) {
        Actor actor = context.currentActor().get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        InputReader reader = new InputReader();
        FiscalYear readYear = reader.read("fiscalYear", fiscalYear, FiscalYear::parse);
        LocalDate readDue = reader.read("deadline", deadline, TypedInput::date);
        FiscalYear year = reader.valid(readYear);
        LocalDate due = reader.valid(readDue);
        EvaluationSheet sheet = context.sheets().sheet(prefecture, year).orElseThrow(() -> new InvalidInputException(List.of(
                new FieldProblem("fiscalYear", "evaluation.round.noSheet", List.of(year.label())))));
        EvaluationSheets.requireComplete(sheet);
        try {
            context.jdbc().sql("""
                    INSERT INTO evaluation_round (prefecture_code, fiscal_year, deadline, opened_at, opened_by)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(prefecture, year.value(), Date.valueOf(due), Timestamp.from(context.clock().instant()), actor.recordedName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.round.exists");
        }
        EvaluationSheets.roundOpened();
        return round(prefecture, year).orElseThrow();
    }

    public void closeRound(long roundId) {
        Actor actor = context.currentActor().get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        context.jdbc().sql("UPDATE evaluation_round SET closed_at = ? WHERE id = ? AND prefecture_code = ? AND closed_at IS NULL")
                .params(Timestamp.from(context.clock().instant()), roundId, prefecture).update();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationView.Round> round(String prefectureCode, FiscalYear year) {
        return context.jdbc().sql("SELECT id, fiscal_year, deadline, closed_at FROM evaluation_round WHERE prefecture_code = ? AND fiscal_year = ?")
                .params(prefectureCode, year.value())
                .query((rs, n) -> new EvaluationView.Round(rs.getLong(1), FiscalYear.of(rs.getInt(2)), rs.getDate(3).toLocalDate(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The fiscal years with a round, newest first. */
    @Transactional(readOnly = true)
    public List<FiscalYear> roundYears(String prefectureCode) {
        return context.jdbc().sql("SELECT fiscal_year FROM evaluation_round WHERE prefecture_code = ? ORDER BY fiscal_year DESC")
                .param(prefectureCode).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }
}
