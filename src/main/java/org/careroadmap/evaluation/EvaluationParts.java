package org.careroadmap.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one evaluation's view is made of besides its sheet and areas: the stored answers per area, 住民の実感,
 * the texts and the history, and the municipality's base figures and the prefecture's round of the year.
 * {@link EvaluationViews} decides who may read them and puts them together.
 */
@Component
record EvaluationParts(JdbcClient jdbc, BaseFigureRecords figureRecords, EvaluationRounds rounds) {

    Optional<BaseFigures> baseFigures(String municipalityCode, FiscalYear year) {
        return figureRecords.figures(municipalityCode, year);
    }

    Optional<EvaluationView.Round> round(String prefectureCode, FiscalYear year) {
        return rounds.round(prefectureCode, year);
    }

    /** Per area id, per criterion id, the answer. */
    Map<Long, Map<Long, EvaluationView.Answer>> answers(long evaluationId) {
        Map<Long, Map<Long, EvaluationView.Answer>> answers = new HashMap<>();
        jdbc.sql("SELECT area_id, criterion_id, points, note FROM evaluation_answer WHERE evaluation_id = ?").param(evaluationId)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), new EvaluationView.Answer(rs.getInt(3), rs.getString(4)));
                });
        return answers;
    }

    /** Per area id, per criterion id, the points only (an earlier year's overlay needs no notes). */
    Map<Long, Map<Long, Integer>> pointsPerArea(long evaluationId) {
        Map<Long, Map<Long, Integer>> byArea = new HashMap<>();
        jdbc.sql("SELECT area_id, criterion_id, points FROM evaluation_answer WHERE evaluation_id = ?").param(evaluationId)
                .query(rs -> {
                    byArea.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return byArea;
    }

    /** Per area id, per question id, the 住民の実感 result. */
    Map<Long, Map<Long, EvaluationView.SurveyResult>> survey(long evaluationId) {
        Map<Long, Map<Long, EvaluationView.SurveyResult>> survey = new HashMap<>();
        jdbc.sql("SELECT area_id, question_id, respondents, positive_percent FROM evaluation_survey_result WHERE evaluation_id = ?")
                .param(evaluationId).query(rs -> {
                    survey.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), new EvaluationView.SurveyResult(rs.getInt(3), rs.getBigDecimal(4)));
                });
        return survey;
    }

    /** The texts; on the public page without the writer's name (the role stays: 県 or 市町). */
    List<EvaluationView.TextBlock> texts(long evaluationId, boolean publicOnly) {
        return jdbc.sql("""
                SELECT id, kind, category, body, author, author_role, written_at FROM evaluation_text
                WHERE evaluation_id = ? ORDER BY kind, category, written_at, id""").param(evaluationId)
                .query((rs, n) -> new EvaluationView.TextBlock(rs.getLong(1), TextKind.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : CategoryCode.valueOf(rs.getString(3)), rs.getString(4),
                        publicOnly ? "" : rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** The history, newest first (never on the public page). */
    List<EvaluationView.Event> events(long evaluationId) {
        return jdbc.sql("""
                SELECT action, actor, actor_role, occurred_at, comment FROM evaluation_event
                WHERE evaluation_id = ? ORDER BY occurred_at DESC, id DESC""").param(evaluationId)
                .query((rs, n) -> new EvaluationView.Event(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }
}
