package org.careroadmap.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The prefecture's overview of a year: every 市町 with its state, achievement per category A–H, its count of
 * areas 「概ね構築」, and whether it is overdue. Four queries for the whole prefecture, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationOverview {

    /** Deadlines are days in Japan: a round's deadline has passed once that day has ended there. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** One row: a municipality's state (null: not started) and achievement in the year; overdue past the deadline. */
    public record OverviewRow(Municipality municipality, @Nullable EvaluationStatus status, @Nullable Achievement achievement,
                              long areas, long mostlyBuiltAreas, boolean overdue) {

        public boolean started() {
            return status != null;
        }
    }

    private final EvaluationContext context;
    private final EvaluationRounds rounds;

    EvaluationOverview(EvaluationContext context, EvaluationRounds rounds) {
        this.context = context;
        this.rounds = rounds;
    }

    /** Today in Japan, against which deadlines are judged. */
    public LocalDate today() {
        return LocalDate.now(context.clock().withZone(JAPAN));
    }

    /** Every municipality of the prefecture; {@code overdueOnly} keeps those past the deadline and not submitted. */
    public List<OverviewRow> overview(FiscalYear year, boolean overdueOnly) {
        return overview(year, overdueOnly, rounds.round(EvaluationSheets.prefectureOf(context.currentActor().get()), year).orElse(null));
    }

    /** As {@link #overview(FiscalYear, boolean)}, for a caller that has read the year's round (null: none) already. */
    public List<OverviewRow> overview(FiscalYear year, boolean overdueOnly, EvaluationView.@Nullable Round round) {
        Actor actor = context.currentActor().get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        if (!actor.application() && (actor.role() == null || !actor.role().isPrefectureRole())) {
            throw new AccessDeniedException("prefecture staff only");
        }
        LocalDate deadline = round == null ? null : round.deadline();
        boolean pastDeadline = deadline != null && today().isAfter(deadline);
        Map<String, EvaluationHeads.Head> heads = heads(prefecture, year);
        Map<Long, Map<Long, Map<Long, Integer>>> answers = answers(prefecture, year);
        Map<String, List<DailyLivingArea>> areas = areas(prefecture, year);
        Map<Long, EvaluationSheet> sheetsById = new HashMap<>();
        List<OverviewRow> rows = new ArrayList<>();
        for (Municipality m : context.reference().municipalitiesOf(prefecture)) {
            EvaluationHeads.Head head = heads.get(m.code().value());
            List<DailyLivingArea> yearAreas = areas.getOrDefault(m.code().value(), List.of());
            boolean overdue = pastDeadline && (head == null || head.status().editableByMunicipality());
            if (overdueOnly && !overdue) {
                continue;
            }
            if (head == null) {
                rows.add(new OverviewRow(m, null, null, yearAreas.size(), 0, overdue));
                continue;
            }
            EvaluationSheet sheet = sheetsById.computeIfAbsent(head.sheetId(), context.sheets()::byId);
            rows.add(row(m, head, sheet, yearAreas, answers.getOrDefault(head.id(), Map.of()), overdue));
        }
        return rows;
    }

    private static OverviewRow row(Municipality m, EvaluationHeads.Head head, EvaluationSheet sheet,
                                   List<DailyLivingArea> yearAreas, Map<Long, Map<Long, Integer>> byArea, boolean overdue) {
        List<Map<Long, Integer>> all = new ArrayList<>();
        long mostlyBuilt = 0;
        for (DailyLivingArea area : yearAreas) {
            Map<Long, Integer> points = byArea.getOrDefault(area.id(), Map.of());
            all.add(points);
            if (Achievement.of(sheet, points).mostlyBuilt()) {
                mostlyBuilt++;
            }
        }
        return new OverviewRow(m, head.status(), Achievement.of(sheet, all), yearAreas.size(), mostlyBuilt, overdue);
    }

    private Map<String, EvaluationHeads.Head> heads(String prefecture, FiscalYear year) {
        Map<String, EvaluationHeads.Head> heads = new HashMap<>();
        context.jdbc().sql("""
                SELECT e.id, e.municipality_code, e.sheet_id, e.status, e.version, e.hearing_date, e.hearing_participants
                FROM evaluation e JOIN municipality m ON m.code = e.municipality_code
                WHERE m.prefecture_code = ? AND e.fiscal_year = ?""")
                .params(prefecture, year.value()).query(EvaluationHeads::head).list()
                .forEach(h -> heads.put(h.municipalityCode(), h));
        return heads;
    }

    private Map<Long, Map<Long, Map<Long, Integer>>> answers(String prefecture, FiscalYear year) {
        Map<Long, Map<Long, Map<Long, Integer>>> answers = new HashMap<>();
        context.jdbc().sql("""
                SELECT a.evaluation_id, a.area_id, a.criterion_id, a.points FROM evaluation_answer a
                JOIN evaluation e ON e.id = a.evaluation_id JOIN municipality m ON m.code = e.municipality_code
                WHERE m.prefecture_code = ? AND e.fiscal_year = ?""")
                .params(prefecture, year.value()).query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                            .put(rs.getLong(3), rs.getInt(4));
                });
        return answers;
    }

    private Map<String, List<DailyLivingArea>> areas(String prefecture, FiscalYear year) {
        Map<String, List<DailyLivingArea>> byMunicipality = new HashMap<>();
        context.jdbc().sql("""
                SELECT a.id, a.municipality_code, a.code, a.name, a.description, a.first_year, a.retired_from_year, a.version
                FROM daily_living_area a JOIN municipality m ON m.code = a.municipality_code WHERE m.prefecture_code = ?""")
                .param(prefecture).query(DailyLivingAreas::area).list().stream().filter(a -> a.activeIn(year))
                .forEach(a -> byMunicipality.computeIfAbsent(a.municipalityCode(), k -> new ArrayList<>()).add(a));
        return byMunicipality;
    }
}
