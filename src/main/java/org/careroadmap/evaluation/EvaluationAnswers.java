package org.careroadmap.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** The municipality's grid of answers (criteria × 日常生活圏域), saved as a whole: every answer is checked, then all or none. */
@Service
@Transactional
public class EvaluationAnswers {

    public static final int MAX_NOTE = 1000;

    private final EvaluationContext context;
    private final JdbcTemplate batch;
    private final EvaluationHeads heads;

    EvaluationAnswers(EvaluationContext context, JdbcTemplate batch, EvaluationHeads heads) {
        this.context = context;
        this.batch = batch;
        this.heads = heads;
    }

    /** Saves the grid; returns the evaluation's new version. */
    public long saveAnswers(String municipalityCode, FiscalYear year, long version, List<AnswerInput> inputs) {
        EvaluationAccess.requireEditor(context.currentActor().get(), municipalityCode);
        EvaluationHeads.Head head = heads.editable(municipalityCode, year, version);
        EvaluationSheet sheet = context.sheets().byId(head.sheetId());
        Map<Long, DailyLivingArea> yearAreas = new HashMap<>();
        context.areas().activeIn(municipalityCode, year).forEach(a -> yearAreas.put(a.id(), a));
        InputReader reader = new InputReader();
        List<Object[]> rows = new ArrayList<>();
        for (AnswerInput input : inputs) {
            Integer points = checked(input, sheet, yearAreas, reader);
            if (points != null) {
                String note = input.note() == null ? "" : input.note().strip();
                rows.add(new Object[] {head.id(), input.areaId(), input.criterionId(), points, note.isEmpty() ? null : note});
            }
        }
        reader.throwIfAny();
        context.jdbc().sql("DELETE FROM evaluation_answer WHERE evaluation_id = ?").param(head.id()).update();
        // One batch: a municipality's grid is areas × criteria rows (160 for four areas of a 40-criteria sheet).
        batch.batchUpdate("INSERT INTO evaluation_answer (evaluation_id, area_id, criterion_id, points, note) VALUES (?, ?, ?, ?, ?)", rows);
        return head.version() + 1;
    }

    /** The answer's points, or null when it is blank or refused (a refusal is told to the reader). */
    private static @Nullable Integer checked(AnswerInput input, EvaluationSheet sheet, Map<Long, DailyLivingArea> yearAreas,
                                   InputReader reader) {
        String field = "answer." + input.areaId() + "." + input.criterionId();
        if (!yearAreas.containsKey(input.areaId())) {
            reader.reject(field, "evaluation.answer.area.unknown", String.valueOf(input.areaId()));
            return null;
        }
        Optional<Criterion> criterion = sheet.criterion(input.criterionId());
        if (criterion.isEmpty()) {
            reader.reject(field, "evaluation.answer.criterion.unknown", String.valueOf(input.criterionId()));
            return null;
        }
        if (input.note() != null && input.note().strip().length() > MAX_NOTE) {
            reader.reject(field + ".note", "evaluation.text.tooLong", MAX_NOTE);
        }
        String raw = TypedInput.normalized(input.points());
        if (raw.isEmpty()) {
            return null;
        }
        Integer points = raw.matches("-?\\d{1,9}") ? Integer.valueOf(raw) : null;
        if (points == null || !criterion.get().allows(points)) {
            Criterion c = criterion.get();
            reader.reject(field, "evaluation.answer.outOfRange", yearAreas.get(input.areaId()).name(),
                    c.category().name() + c.position(), c.maxPoints());
            return null;
        }
        return points;
    }
}
