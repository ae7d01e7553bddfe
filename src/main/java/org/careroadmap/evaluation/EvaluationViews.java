package org.careroadmap.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.jspecify.annotations.Nullable;
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
    private final EvaluationParts parts;

    EvaluationViews(EvaluationContext context, EvaluationHeads heads, EvaluationParts parts) {
        this.context = context;
        this.heads = heads;
        this.parts = parts;
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
        Map<Long, Map<Long, EvaluationView.Answer>> answers = id == null ? Map.of() : parts.answers(id);
        Map<Long, Achievement> byArea = new LinkedHashMap<>();
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : yearAreas) {
            Map<Long, Integer> points = points(answers.get(area.id()));
            byArea.put(area.id(), Achievement.of(sheet, points));
            all.add(points);
        }
        BaseFigures current = parts.baseFigures(code, year).orElse(null);
        BaseFigures previousFigures = parts.baseFigures(code, year.plus(-1)).orElse(null);
        List<String> suspicious = current == null || current.confirmed() ? List.of() : current.suspiciousAgainst(previousFigures);
        return new EvaluationView(municipality, year, sheet, id,
                head.map(EvaluationHeads.Head::status).orElse(EvaluationStatus.DRAFT), head.map(EvaluationHeads.Head::version).orElse(0L),
                yearAreas, answers, byArea, Achievement.of(sheet, all), previousAchievement(code, year.plus(-1), publicOnly),
                id == null ? Map.of() : parts.survey(id), current, suspicious,
                head.map(EvaluationHeads.Head::hearingDate).orElse(null), head.map(EvaluationHeads.Head::hearingParticipants).orElse(null),
                id == null ? List.of() : parts.texts(id, publicOnly), id == null || publicOnly ? List.of() : parts.events(id),
                parts.round(municipality.prefectureCode(), year).orElse(null));
    }

    /** The year before's achievement for the radar's overlay; on the public page only if that year is public too. */
    private @Nullable Achievement previousAchievement(String code, FiscalYear year, boolean publicOnly) {
        Optional<EvaluationHeads.Head> head = heads.find(code, year);
        if (head.isEmpty() || (publicOnly && head.get().status() != EvaluationStatus.PUBLISHED)) {
            return null;
        }
        EvaluationSheet sheet = context.sheets().byId(head.get().sheetId());
        Map<Long, Map<Long, Integer>> byArea = parts.pointsPerArea(head.get().id());
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : context.areas().activeIn(code, year)) {
            all.add(byArea.getOrDefault(area.id(), Map.of()));
        }
        return Achievement.of(sheet, all);
    }

    private static Map<Long, Integer> points(@Nullable Map<Long, EvaluationView.Answer> answers) {
        Map<Long, Integer> points = new HashMap<>();
        if (answers != null) {
            answers.forEach((criterion, answer) -> points.put(criterion, answer.points()));
        }
        return points;
    }
}
