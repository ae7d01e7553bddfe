package org.careroadmap.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading one municipality's evaluation of a year: for its own people and the prefecture's staff as it stands,
 * for everyone once published (then without authors' names or the history).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationViews {

    private final EvaluationContext context;
    private final EvaluationHeads heads;
    private final EvaluationRounds rounds;
    private final BaseFigureRecords figures;

    EvaluationViews(EvaluationContext context, EvaluationHeads heads, EvaluationRounds rounds, BaseFigureRecords figures) {
        this.context = context;
        this.heads = heads;
        this.rounds = rounds;
        this.figures = figures;
    }

    /** The evaluation as the current reader may see it: the municipality's own people and the prefecture's staff. */
    public EvaluationView view(String municipalityCode, FiscalYear year) {
        Municipality municipality = readableMunicipality(municipalityCode);
        return assemble(municipality, year, false);
    }

    /** The published evaluation, for everyone; not found until it is published. */
    public EvaluationView published(String municipalityCode, FiscalYear year) {
        Municipality municipality = heads.municipality(municipalityCode);
        Optional<EvaluationHeads.Head> head = heads.find(municipalityCode, year);
        if (head.isEmpty() || head.get().status() != EvaluationStatus.PUBLISHED) {
            throw new EvaluationNotFoundException("published evaluation");
        }
        return assemble(municipality, year, true);
    }

    /** When the municipality's evaluation of the year was last published, if it is. */
    public Optional<Instant> publishedAt(String municipalityCode, FiscalYear year) {
        return context.jdbc().sql("""
                SELECT MAX(v.occurred_at) FROM evaluation_event v JOIN evaluation e ON e.id = v.evaluation_id
                WHERE e.municipality_code = ? AND e.fiscal_year = ? AND e.status = 'PUBLISHED' AND v.action = 'PUBLISH'""")
                .params(municipalityCode, year.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Changes whenever an evaluation is published or stops being public (for pages kept in memory). */
    public String publishedState() {
        return context.jdbc().sql(PUBLISHED_STATE).query(String.class).single();
    }

    /** {@link #publishedState()} as one scalar query, for the state of kept staff pages (PublishedStatus). */
    static final String PUBLISHED_STATE =
            "SELECT CAST(COALESCE(MAX(changes), 0) AS VARCHAR(20)) FROM evaluation_publication_count WHERE id = 1";

    /** The fiscal years whose evaluation of the municipality is published, newest first. */
    public List<FiscalYear> publishedYears(String municipalityCode) {
        return context.jdbc().sql("SELECT fiscal_year FROM evaluation WHERE municipality_code = ? AND status = 'PUBLISHED' ORDER BY fiscal_year DESC")
                .param(municipalityCode).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    /** The municipality, for its own people and the prefecture's staff. */
    public Municipality readableMunicipality(String municipalityCode) {
        Municipality municipality = heads.municipality(municipalityCode);
        EvaluationAccess.requireReader(context.currentActor().get(), municipalityCode);
        return municipality;
    }

    private EvaluationView assemble(Municipality municipality, FiscalYear year, boolean publicOnly) {
        String code = municipality.code().value();
        Optional<EvaluationHeads.Head> head = heads.find(code, year);
        EvaluationSheet sheet = head.map(h -> context.sheets().byId(h.sheetId()))
                .or(() -> context.sheets().sheet(municipality.prefectureCode(), year))
                .orElseThrow(() -> new EvaluationNotFoundException("sheet"));
        List<DailyLivingArea> yearAreas = context.areas().activeIn(code, year);
        Long id = head.map(EvaluationHeads.Head::id).orElse(null);
        Map<Long, Map<Long, EvaluationView.Answer>> answers = id == null ? Map.of() : answers(id);
        Map<Long, Achievement> byArea = new java.util.LinkedHashMap<>();
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : yearAreas) {
            Map<Long, Integer> points = points(answers.get(area.id()));
            byArea.put(area.id(), Achievement.of(sheet, points));
            all.add(points);
        }
        BaseFigures current = figures.figures(code, year).orElse(null);
        BaseFigures previousFigures = figures.figures(code, year.plus(-1)).orElse(null);
        List<String> suspicious = current == null || current.confirmed() ? List.of() : current.suspiciousAgainst(previousFigures);
        return new EvaluationView(municipality, year, sheet, id,
                head.map(EvaluationHeads.Head::status).orElse(EvaluationStatus.DRAFT), head.map(EvaluationHeads.Head::version).orElse(0L),
                yearAreas, answers, byArea, Achievement.of(sheet, all), previousAchievement(code, year.plus(-1), publicOnly),
                id == null ? Map.of() : survey(id), current, suspicious,
                head.map(EvaluationHeads.Head::hearingDate).orElse(null), head.map(EvaluationHeads.Head::hearingParticipants).orElse(null),
                id == null ? List.of() : texts(id, publicOnly), id == null || publicOnly ? List.of() : events(id),
                rounds.round(municipality.prefectureCode(), year).orElse(null));
    }

    private Map<Long, Map<Long, EvaluationView.Answer>> answers(long evaluationId) {
        Map<Long, Map<Long, EvaluationView.Answer>> answers = new HashMap<>();
        context.jdbc().sql("SELECT area_id, criterion_id, points, note FROM evaluation_answer WHERE evaluation_id = ?").param(evaluationId)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), new EvaluationView.Answer(rs.getInt(3), rs.getString(4)));
                });
        return answers;
    }

    private Map<Long, Map<Long, EvaluationView.SurveyResult>> survey(long evaluationId) {
        Map<Long, Map<Long, EvaluationView.SurveyResult>> survey = new HashMap<>();
        context.jdbc().sql("SELECT area_id, question_id, respondents, positive_percent FROM evaluation_survey_result WHERE evaluation_id = ?")
                .param(evaluationId).query(rs -> {
                    survey.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), new EvaluationView.SurveyResult(rs.getInt(3), rs.getBigDecimal(4)));
                });
        return survey;
    }

    /** The texts; on the public page without the writer's name (the role stays: 県 or 市町). */
    private List<EvaluationView.TextBlock> texts(long evaluationId, boolean publicOnly) {
        return context.jdbc().sql("""
                SELECT id, kind, category, body, author, author_role, written_at FROM evaluation_text
                WHERE evaluation_id = ? ORDER BY kind, category, written_at, id""").param(evaluationId)
                .query((rs, n) -> new EvaluationView.TextBlock(rs.getLong(1), TextKind.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : CategoryCode.valueOf(rs.getString(3)), rs.getString(4),
                        publicOnly ? "" : rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    private List<EvaluationView.Event> events(long evaluationId) {
        return context.jdbc().sql("""
                SELECT action, actor, actor_role, occurred_at, comment FROM evaluation_event
                WHERE evaluation_id = ? ORDER BY occurred_at DESC, id DESC""").param(evaluationId)
                .query((rs, n) -> new EvaluationView.Event(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    /** The year before's achievement for the radar's overlay; on the public page only if that year is public too. */
    private Achievement previousAchievement(String code, FiscalYear year, boolean publicOnly) {
        Optional<EvaluationHeads.Head> head = heads.find(code, year);
        if (head.isEmpty() || (publicOnly && head.get().status() != EvaluationStatus.PUBLISHED)) {
            return null;
        }
        EvaluationSheet sheet = context.sheets().byId(head.get().sheetId());
        Map<Long, Map<Long, Integer>> byArea = new HashMap<>();
        context.jdbc().sql("SELECT area_id, criterion_id, points FROM evaluation_answer WHERE evaluation_id = ?").param(head.get().id())
                .query(rs -> {
                    byArea.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : context.areas().activeIn(code, year)) {
            all.add(byArea.getOrDefault(area.id(), Map.of()));
        }
        return Achievement.of(sheet, all);
    }

    private static Map<Long, Integer> points(Map<Long, EvaluationView.Answer> answers) {
        Map<Long, Integer> points = new HashMap<>();
        if (answers != null) {
            answers.forEach((criterion, answer) -> points.put(criterion, answer.points()));
        }
        return points;
    }
}
