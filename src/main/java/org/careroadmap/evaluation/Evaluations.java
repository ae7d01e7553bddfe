package org.careroadmap.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.InputReader;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation's use cases: the prefecture opens a round on a frozen sheet version, each
 * municipality answers per 日常生活圏域 and submits, the prefecture holds the hearing, accepts and publishes.
 * Every change to an evaluation names the version it is based on, checked in the database (409 otherwise).
 */
@Service
@Transactional
public class Evaluations {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ReferenceData reference;
    private final EvaluationSheets sheets;
    private final DailyLivingAreas areas;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Evaluations(JdbcClient jdbc, CurrentActor currentActor, ReferenceData reference, EvaluationSheets sheets,
                DailyLivingAreas areas, Clock clock, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.reference = reference;
        this.sheets = sheets;
        this.areas = areas;
        this.clock = clock;
    }

    /** One answer as typed: the area, the criterion, the points (blank: not answered) and an evidence note. */
    public record AnswerInput(long areaId, long criterionId, String points, String note) {
    }

    /** One 住民の実感 result as typed or read from a file. */
    public record SurveyInput(String area, String question, String respondents, String positivePercent) {
    }

    // ---------------------------------------------------------------- rounds

    public EvaluationView.Round openRound(String fiscalYear, String deadline) {
        Actor actor = currentActor.get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        InputReader reader = new InputReader();
        FiscalYear year = reader.read("fiscalYear", fiscalYear, FiscalYear::parse);
        LocalDate due = reader.read("deadline", deadline, Evaluations::date);
        reader.throwIfAny();
        EvaluationSheet sheet = sheets.sheet(prefecture, year).orElseThrow(() -> new InvalidInputException(List.of(
                new FieldProblem("fiscalYear", "evaluation.round.noSheet", List.of(year.label())))));
        EvaluationSheets.requireComplete(sheet);
        try {
            jdbc.sql("""
                    INSERT INTO evaluation_round (prefecture_code, fiscal_year, deadline, opened_at, opened_by)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(prefecture, year.value(), Date.valueOf(due), Timestamp.from(clock.instant()), actor.recordedName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.round.exists");
        }
        return round(prefecture, year).orElseThrow();
    }

    public void closeRound(long roundId) {
        Actor actor = currentActor.get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        jdbc.sql("UPDATE evaluation_round SET closed_at = ? WHERE id = ? AND prefecture_code = ? AND closed_at IS NULL")
                .params(Timestamp.from(clock.instant()), roundId, prefecture).update();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationView.Round> round(String prefectureCode, FiscalYear year) {
        return jdbc.sql("SELECT id, fiscal_year, deadline, closed_at FROM evaluation_round WHERE prefecture_code = ? AND fiscal_year = ?")
                .params(prefectureCode, year.value())
                .query((rs, n) -> new EvaluationView.Round(rs.getLong(1), FiscalYear.of(rs.getInt(2)), rs.getDate(3).toLocalDate(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The fiscal years with a round, newest first. */
    @Transactional(readOnly = true)
    public List<FiscalYear> roundYears(String prefectureCode) {
        return jdbc.sql("SELECT fiscal_year FROM evaluation_round WHERE prefecture_code = ? ORDER BY fiscal_year DESC")
                .param(prefectureCode).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    // ---------------------------------------------------------------- reading

    /** The evaluation as the current reader may see it: the municipality's own people and the prefecture's staff. */
    @Transactional(readOnly = true)
    public EvaluationView view(String municipalityCode, FiscalYear year) {
        Municipality municipality = municipality(municipalityCode);
        EvaluationAccess.requireReader(currentActor.get(), municipalityCode);
        return assemble(municipality, year, false);
    }

    /** The published evaluation, for everyone; not found until the prefecture publishes it. */
    @Transactional(readOnly = true)
    public EvaluationView published(String municipalityCode, FiscalYear year) {
        Municipality municipality = municipality(municipalityCode);
        Optional<Head> head = head(municipalityCode, year);
        if (head.isEmpty() || head.get().status() != EvaluationStatus.PUBLISHED) {
            throw new EvaluationNotFoundException("published evaluation");
        }
        return assemble(municipality, year, true);
    }

    /** When the municipality's evaluation of the year was last published, if it is. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> publishedAt(String municipalityCode, FiscalYear year) {
        return jdbc.sql("""
                SELECT MAX(v.occurred_at) FROM evaluation_event v JOIN evaluation e ON e.id = v.evaluation_id
                WHERE e.municipality_code = ? AND e.fiscal_year = ? AND e.status = 'PUBLISHED' AND v.action = 'PUBLISH'""")
                .params(municipalityCode, year.value()).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    /** The fiscal years whose evaluation of the municipality is published, newest first. */
    @Transactional(readOnly = true)
    /** Changes whenever an evaluation is published or stops being public (for pages kept in memory). */
    public String publishedState() {
        return jdbc.sql("""
                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(id), 0) AS VARCHAR(30)))
                FROM evaluation WHERE status = 'PUBLISHED'""").query(String.class).single();
    }

    public List<FiscalYear> publishedYears(String municipalityCode) {
        return jdbc.sql("SELECT fiscal_year FROM evaluation WHERE municipality_code = ? AND status = 'PUBLISHED' ORDER BY fiscal_year DESC")
                .param(municipalityCode).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    private EvaluationView assemble(Municipality municipality, FiscalYear year, boolean publicOnly) {
        String code = municipality.code().value();
        Optional<Head> head = head(code, year);
        EvaluationSheet sheet = head.map(h -> sheets.byId(h.sheetId()))
                .or(() -> sheets.sheet(municipality.prefectureCode(), year))
                .orElseThrow(() -> new EvaluationNotFoundException("sheet"));
        List<DailyLivingArea> yearAreas = areas.activeIn(code, year);
        Map<Long, Map<Long, EvaluationView.Answer>> answers = new HashMap<>();
        Map<Long, Map<Long, EvaluationView.SurveyResult>> survey = new HashMap<>();
        List<EvaluationView.TextBlock> texts = new ArrayList<>();
        List<EvaluationView.Event> events = new ArrayList<>();
        if (head.isPresent()) {
            long id = head.get().id();
            jdbc.sql("SELECT area_id, criterion_id, points, note FROM evaluation_answer WHERE evaluation_id = ?").param(id)
                    .query(rs -> {
                        answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(rs.getLong(2), new EvaluationView.Answer(rs.getInt(3), rs.getString(4)));
                    });
            jdbc.sql("SELECT area_id, question_id, respondents, positive_percent FROM evaluation_survey_result WHERE evaluation_id = ?")
                    .param(id).query(rs -> {
                        survey.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(rs.getLong(2), new EvaluationView.SurveyResult(rs.getInt(3), rs.getBigDecimal(4)));
                    });
            texts.addAll(jdbc.sql("""
                    SELECT id, kind, category, body, author, author_role, written_at FROM evaluation_text
                    WHERE evaluation_id = ? ORDER BY kind, category, written_at, id""").param(id)
                    .query((rs, n) -> new EvaluationView.TextBlock(rs.getLong(1), TextKind.valueOf(rs.getString(2)),
                            rs.getString(3) == null ? null : CategoryCode.valueOf(rs.getString(3)), rs.getString(4),
                            publicOnly ? "" : rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list());
            if (!publicOnly) {
                events.addAll(jdbc.sql("""
                        SELECT action, actor, actor_role, occurred_at, comment FROM evaluation_event
                        WHERE evaluation_id = ? ORDER BY occurred_at DESC, id DESC""").param(id)
                        .query((rs, n) -> new EvaluationView.Event(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), rs.getString(5))).list());
            }
        }
        Map<Long, Achievement> byArea = new LinkedHashMap<>();
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : yearAreas) {
            Map<Long, Integer> points = points(answers.get(area.id()));
            byArea.put(area.id(), Achievement.of(sheet, points));
            all.add(points);
        }
        Achievement achievement = Achievement.of(sheet, all);
        Achievement previous = previousAchievement(municipality, year.plus(-1), publicOnly);
        BaseFigures figures = figures(code, year).orElse(null);
        BaseFigures previousFigures = figures(code, year.plus(-1)).orElse(null);
        List<String> suspicious = figures == null || figures.confirmed() ? List.of() : figures.suspiciousAgainst(previousFigures);
        return new EvaluationView(municipality, year, sheet, head.map(Head::id).orElse(null),
                head.map(Head::status).orElse(EvaluationStatus.DRAFT), head.map(Head::version).orElse(0L), yearAreas,
                answers, byArea, achievement, previous, survey, figures, suspicious,
                head.map(Head::hearingDate).orElse(null), head.map(Head::hearingParticipants).orElse(null), texts, events,
                round(municipality.prefectureCode(), year).orElse(null));
    }

    private Achievement previousAchievement(Municipality municipality, FiscalYear year, boolean publicOnly) {
        String code = municipality.code().value();
        Optional<Head> head = head(code, year);
        if (head.isEmpty() || (publicOnly && head.get().status() != EvaluationStatus.PUBLISHED)) {
            return null;
        }
        EvaluationSheet sheet = sheets.byId(head.get().sheetId());
        Map<Long, Map<Long, Integer>> byArea = new HashMap<>();
        jdbc.sql("SELECT area_id, criterion_id, points FROM evaluation_answer WHERE evaluation_id = ?").param(head.get().id())
                .query(rs -> {
                    byArea.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        List<Map<Long, Integer>> all = new ArrayList<>();
        for (DailyLivingArea area : areas.activeIn(code, year)) {
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

    // ---------------------------------------------------------------- the municipality's work

    /** Saves the grid of answers (criteria × areas) as a whole: every answer is checked, then all are saved or none. */
    public long saveAnswers(String municipalityCode, FiscalYear year, long version, List<AnswerInput> inputs) {
        Actor actor = currentActor.get();
        EvaluationAccess.requireEditor(actor, municipalityCode);
        Head head = editableHead(municipalityCode, year, version);
        EvaluationSheet sheet = sheets.byId(head.sheetId());
        Map<Long, DailyLivingArea> yearAreas = new HashMap<>();
        areas.activeIn(municipalityCode, year).forEach(a -> yearAreas.put(a.id(), a));
        InputReader reader = new InputReader();
        List<Object[]> rows = new ArrayList<>();
        for (AnswerInput input : inputs) {
            String field = "answer." + input.areaId() + "." + input.criterionId();
            if (!yearAreas.containsKey(input.areaId())) {
                reader.reject(field, "evaluation.answer.area.unknown", String.valueOf(input.areaId()));
                continue;
            }
            Optional<Criterion> criterion = sheet.criterion(input.criterionId());
            if (criterion.isEmpty()) {
                reader.reject(field, "evaluation.answer.criterion.unknown", String.valueOf(input.criterionId()));
                continue;
            }
            String note = input.note() == null ? "" : input.note().strip();
            if (note.length() > MAX_NOTE) {
                reader.reject(field + ".note", "evaluation.text.tooLong", MAX_NOTE);
            }
            String raw = input.points() == null ? "" : java.text.Normalizer.normalize(input.points(), java.text.Normalizer.Form.NFKC).strip();
            if (raw.isEmpty()) {
                continue;
            }
            Integer points = null;
            try {
                points = Integer.valueOf(raw);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (points == null || !criterion.get().allows(points)) {
                reader.reject(field, "evaluation.answer.outOfRange", yearAreas.get(input.areaId()).name(),
                        criterion.get().category().name() + criterion.get().position(), criterion.get().maxPoints());
                continue;
            }
            rows.add(new Object[] {head.id(), input.areaId(), input.criterionId(), points, note.isEmpty() ? null : note});
        }
        reader.throwIfAny();
        jdbc.sql("DELETE FROM evaluation_answer WHERE evaluation_id = ?").param(head.id()).update();
        // One batch: a municipality's grid is areas × criteria rows (160 for four areas of a 40-criteria sheet).
        batch.batchUpdate("INSERT INTO evaluation_answer (evaluation_id, area_id, criterion_id, points, note) VALUES (?, ?, ?, ?, ?)", rows);
        return head.version() + 1;
    }

    /** Saves 住民の実感 results typed in or read from a CSV (圏域コード, 設問番号, 回答者数, 肯定的回答の割合); all or nothing. */
    public long saveSurvey(String municipalityCode, FiscalYear year, long version, List<SurveyInput> inputs, boolean replaceAll) {
        Actor actor = currentActor.get();
        EvaluationAccess.requireEditor(actor, municipalityCode);
        Head head = editableHead(municipalityCode, year, version);
        EvaluationSheet sheet = sheets.byId(head.sheetId());
        List<DailyLivingArea> yearAreas = areas.activeIn(municipalityCode, year);
        InputReader reader = new InputReader();
        List<Object[]> rows = new ArrayList<>();
        int line = 0;
        for (SurveyInput input : inputs) {
            line++;
            String field = "survey." + line;
            String areaText = input.area() == null ? "" : input.area().strip();
            Optional<DailyLivingArea> area = yearAreas.stream()
                    .filter(a -> a.code().equals(areaText) || a.name().equals(areaText) || Long.toString(a.id()).equals(areaText)).findFirst();
            if (area.isEmpty()) {
                reader.reject(field, "evaluation.survey.area.unknown", line, areaText);
            }
            Optional<SurveyQuestion> question = sheet.question(input.question());
            if (question.isEmpty()) {
                question = sheet.questions().stream().filter(q -> Long.toString(q.id()).equals(input.question())).findFirst();
            }
            if (question.isEmpty()) {
                reader.reject(field, "evaluation.survey.question.unknown", line, String.valueOf(input.question()));
            }
            String respondentsText = input.respondents() == null ? "" : input.respondents().strip();
            String percentText = input.positivePercent() == null ? "" : input.positivePercent().strip().replace("%", "");
            if (respondentsText.isEmpty() && percentText.isEmpty() && !replaceAll) {
                continue;
            }
            Integer respondents = null;
            try {
                respondents = Integer.valueOf(java.text.Normalizer.normalize(respondentsText, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (respondents == null || respondents < 0) {
                reader.reject(field, "evaluation.survey.respondents.invalid", line);
            }
            BigDecimal percent = null;
            try {
                percent = new BigDecimal(java.text.Normalizer.normalize(percentText, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                reader.reject(field, "evaluation.survey.percent.invalid", line);
            } else {
                percent = percent.setScale(1, java.math.RoundingMode.HALF_UP);
            }
            if (area.isPresent() && question.isPresent() && respondents != null && respondents >= 0 && percent != null) {
                rows.add(new Object[] {head.id(), area.get().id(), question.get().id(), respondents, percent});
            }
        }
        reader.throwIfAny();
        if (replaceAll) {
            jdbc.sql("DELETE FROM evaluation_survey_result WHERE evaluation_id = ?").param(head.id()).update();
        }
        for (Object[] row : rows) {
            jdbc.sql("DELETE FROM evaluation_survey_result WHERE evaluation_id = ? AND area_id = ? AND question_id = ?")
                    .params(row[0], row[1], row[2]).update();
            jdbc.sql("""
                    INSERT INTO evaluation_survey_result (evaluation_id, area_id, question_id, respondents, positive_percent)
                    VALUES (?, ?, ?, ?, ?)""").params(row).update();
        }
        return head.version() + 1;
    }

    /** Reads a 住民の実感 CSV (heading row, then 圏域コード, 設問番号, 回答者数, 肯定的回答の割合) and saves it all or nothing. */
    public long importSurvey(String municipalityCode, FiscalYear year, long version, String filename, byte[] bytes) {
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        if (bytes == null || bytes.length == 0) {
            throw fileProblem("evaluation.file.empty");
        }
        if (bytes.length > CriteriaFile.MAX_BYTES) {
            throw fileProblem("evaluation.file.tooLarge", CriteriaFile.MAX_BYTES / 1024);
        }
        List<List<String>> rows;
        try {
            rows = Csv.parse(Csv.decode(bytes));
        } catch (InvalidValueException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("file", e)));
        }
        if (rows.size() > CriteriaFile.MAX_ROWS + 1) {
            throw fileProblem("evaluation.file.tooManyRows", CriteriaFile.MAX_ROWS);
        }
        if (rows.size() < 2) {
            throw fileProblem("evaluation.file.empty");
        }
        List<SurveyInput> inputs = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            inputs.add(new SurveyInput(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3)));
        }
        return saveSurvey(municipalityCode, year, version, inputs, true);
    }

    /** Saves the year's base figures as given (rates from counts where counts are given); a flagged move needs {@code confirm}. */
    public BaseFigures saveFigures(String municipalityCode, FiscalYear year, Map<String, String> values, boolean confirm) {
        Actor actor = currentActor.get();
        municipality(municipalityCode);
        EvaluationAccess.requireEditor(actor, municipalityCode);
        InputReader reader = new InputReader();
        LocalDate asOf = reader.read("asOf", values.get("asOf"), Evaluations::date);
        Integer total = reader.read("totalPopulation", values.get("totalPopulation"), Evaluations::count);
        Integer elderly = reader.read("elderly", values.get("elderly"), Evaluations::count);
        Integer late = reader.read("lateElderly", values.get("lateElderly"), Evaluations::count);
        Integer care = reader.read("careCertified", values.get("careCertified"), Evaluations::count);
        Integer support = reader.read("supportCertified", values.get("supportCertified"), Evaluations::count);
        BigDecimal elderlyRate = reader.read("elderlyRate", values.get("elderlyRate"), Evaluations::percent);
        BigDecimal lateRate = reader.read("lateElderlyRate", values.get("lateElderlyRate"), Evaluations::percent);
        BigDecimal careRate = reader.read("careCertifiedRate", values.get("careCertifiedRate"), Evaluations::percent);
        BigDecimal supportRate = reader.read("supportCertifiedRate", values.get("supportCertifiedRate"), Evaluations::percent);
        if (total != null && elderly != null && elderly > total) {
            reader.reject("elderly", "evaluation.figures.partExceedsWhole");
        }
        if (elderly != null && late != null && late > elderly) {
            reader.reject("lateElderly", "evaluation.figures.partExceedsWhole");
        }
        reader.throwIfAny();
        BaseFigures figures = new BaseFigures(municipalityCode, year, asOf, total, elderly, late, care, support, elderlyRate,
                lateRate, careRate, supportRate, false).withComputedRates();
        List<String> suspicious = figures.suspiciousAgainst(figures(municipalityCode, year.plus(-1)).orElse(null));
        boolean confirmed = suspicious.isEmpty() || confirm;
        jdbc.sql("DELETE FROM base_figures WHERE municipality_code = ? AND fiscal_year = ?").params(municipalityCode, year.value()).update();
        jdbc.sql("""
                INSERT INTO base_figures (municipality_code, fiscal_year, as_of, total_population, elderly, late_elderly,
                care_certified, support_certified, elderly_rate, late_elderly_rate, care_certified_rate, support_certified_rate,
                confirmed, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityCode, year.value(), Date.valueOf(asOf), total, elderly, late, care, support,
                        figures.elderlyRate(), figures.lateElderlyRate(), figures.careCertifiedRate(),
                        figures.supportCertifiedRate(), confirmed, Timestamp.from(clock.instant()), actor.recordedName())
                .update();
        return figures(municipalityCode, year).orElseThrow();
    }

    /** The headings a base-figures CSV may use, in Japanese or as field names, and the field each stands for. */
    static final Map<String, String> FIGURE_HEADINGS = Map.ofEntries(
            Map.entry("年度", "fiscalYear"), Map.entry("時点", "asOf"), Map.entry("総人口", "totalPopulation"),
            Map.entry("高齢者数", "elderly"), Map.entry("後期高齢者数", "lateElderly"), Map.entry("要介護認定者数", "careCertified"),
            Map.entry("要支援認定者数", "supportCertified"), Map.entry("高齢化率", "elderlyRate"),
            Map.entry("後期高齢者率", "lateElderlyRate"), Map.entry("要介護認定率", "careCertifiedRate"),
            Map.entry("要支援認定率", "supportCertifiedRate"));

    /**
     * Reads base figures from a CSV (a heading row, then one row per fiscal year; without a 年度 column the row is the
     * page's year) and saves them all or none; every bad cell is reported with its row. Big moves are flagged as typed ones are.
     */
    public int importFigures(String municipalityCode, FiscalYear year, String filename, byte[] bytes) {
        EvaluationAccess.requireEditor(currentActor.get(), municipalityCode);
        if (bytes == null || bytes.length == 0) {
            throw fileProblem("evaluation.file.empty");
        }
        if (bytes.length > CriteriaFile.MAX_BYTES) {
            throw fileProblem("evaluation.file.tooLarge", CriteriaFile.MAX_BYTES / 1024);
        }
        List<List<String>> rows;
        try {
            rows = Csv.parse(Csv.decode(bytes));
        } catch (InvalidValueException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("file", e)));
        }
        if (rows.size() > CriteriaFile.MAX_ROWS + 1) {
            throw fileProblem("evaluation.file.tooManyRows", CriteriaFile.MAX_ROWS);
        }
        if (rows.size() < 2) {
            throw fileProblem("evaluation.file.empty");
        }
        List<String> fields = new ArrayList<>();
        for (String heading : rows.get(0)) {
            String h = java.text.Normalizer.normalize(heading, java.text.Normalizer.Form.NFKC).strip()
                    .replaceAll("[(（].*$", "");
            fields.add(FIGURE_HEADINGS.getOrDefault(h, FIGURE_HEADINGS.containsValue(h) ? h : null));
        }
        if (!fields.contains("totalPopulation") && !fields.contains("elderlyRate")) {
            throw fileProblem("evaluation.figures.file.header");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Map.Entry<FiscalYear, Map<String, String>>> parsed = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int rowNumber = i + 1;
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                if (fields.get(c) != null) {
                    values.put(fields.get(c), cell(rows.get(i), c));
                }
            }
            FiscalYear rowYear = year;
            if (values.containsKey("fiscalYear") && !values.get("fiscalYear").isBlank()) {
                try {
                    rowYear = FiscalYear.parse(values.get("fiscalYear"));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("file", "evaluation.figures.file.cell", List.of(rowNumber, "年度")));
                }
            }
            if (!values.containsKey("asOf") || values.get("asOf").isBlank()) {
                values.put("asOf", rowYear.lastDay().toString());
            }
            for (Map.Entry<String, String> value : values.entrySet()) {
                try {
                    switch (value.getKey()) {
                        case "asOf" -> date(value.getValue());
                        case "elderlyRate", "lateElderlyRate", "careCertifiedRate", "supportCertifiedRate" -> percent(value.getValue());
                        case "fiscalYear" -> { }
                        default -> count(value.getValue());
                    }
                } catch (InvalidValueException e) {
                    problems.add(new FieldProblem("file", "evaluation.figures.file.cell", List.of(rowNumber, heading(value.getKey()))));
                }
            }
            parsed.add(Map.entry(rowYear, values));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        parsed.sort(Map.Entry.comparingByKey());
        for (Map.Entry<FiscalYear, Map<String, String>> row : parsed) {
            // Inside this transaction: a row refused here (e.g. a part above its whole) undoes the rows before it.
            saveFigures(municipalityCode, row.getKey(), row.getValue(), false);
        }
        return parsed.size();
    }

    private static String heading(String field) {
        return FIGURE_HEADINGS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElse(field);
    }

    @Transactional(readOnly = true)
    public Optional<BaseFigures> figures(String municipalityCode, FiscalYear year) {
        return jdbc.sql("""
                SELECT as_of, total_population, elderly, late_elderly, care_certified, support_certified, elderly_rate,
                late_elderly_rate, care_certified_rate, support_certified_rate, confirmed
                FROM base_figures WHERE municipality_code = ? AND fiscal_year = ?""")
                .params(municipalityCode, year.value())
                .query((rs, n) -> new BaseFigures(municipalityCode, year, rs.getDate(1).toLocalDate(), integer(rs, 2),
                        integer(rs, 3), integer(rs, 4), integer(rs, 5), integer(rs, 6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBoolean(11)))
                .optional();
    }

    // ---------------------------------------------------------------- the hearing and its texts

    public long recordHearing(String municipalityCode, FiscalYear year, long version, String date, String participants) {
        Actor actor = currentActor.get();
        EvaluationAccess.requirePrefectureStaff(actor, municipalityCode);
        InputReader reader = new InputReader();
        LocalDate held = reader.read("hearingDate", date, Evaluations::date);
        String who = participants == null ? "" : participants.strip();
        if (who.length() > MAX_NOTE) {
            reader.reject("hearingParticipants", "evaluation.text.tooLong", MAX_NOTE);
        }
        reader.throwIfAny();
        Head head = existingHead(municipalityCode, year);
        if (head.status() == EvaluationStatus.PUBLISHED) {
            throw new EvaluationConflictException("evaluation.published.readOnly");
        }
        bump(head, version);
        jdbc.sql("UPDATE evaluation SET hearing_date = ?, hearing_participants = ? WHERE id = ?")
                .params(Date.valueOf(held), who, head.id()).update();
        event(head.id(), actor, "HEARING", null);
        return version + 1;
    }

    /**
     * Adds a text block: 特徴・主な取り組み by the prefecture, 課題認識 per category and next steps by either side;
     * who wrote it and in which role is recorded.
     */
    public long addText(String municipalityCode, FiscalYear year, long version, String kind, String category, String body) {
        Actor actor = currentActor.get();
        boolean prefecture = EvaluationAccess.isPrefectureStaff(actor, municipalityCode);
        if (!prefecture) {
            EvaluationAccess.requireEditor(actor, municipalityCode);
        }
        InputReader reader = new InputReader();
        TextKind textKind = reader.read("kind", kind, TextKind::parse);
        CategoryCode c = textKind != null && textKind.perCategory() ? reader.read("category", category, CategoryCode::parse) : null;
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            reader.reject("body", "evaluation.text.required");
        } else if (text.length() > MAX_TEXT) {
            reader.reject("body", "evaluation.text.tooLong", MAX_TEXT);
        }
        reader.throwIfAny();
        if (!textKind.writableBy(prefecture)) {
            throw new AccessDeniedException("not this side's text");
        }
        Head head = prefecture ? existingHead(municipalityCode, year) : headCreatingDraft(municipalityCode, year);
        if (head.status() == EvaluationStatus.PUBLISHED) {
            throw new EvaluationConflictException("evaluation.published.readOnly");
        }
        bump(head, version);
        jdbc.sql("""
                INSERT INTO evaluation_text (evaluation_id, kind, category, body, author, author_role, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(head.id(), textKind.name(), c == null ? null : c.name(), text, actor.recordedName(),
                        EvaluationAccess.side(actor), Timestamp.from(clock.instant()))
                .update();
        return version + 1;
    }

    public long removeText(String municipalityCode, FiscalYear year, long version, long textId) {
        Actor actor = currentActor.get();
        boolean prefecture = EvaluationAccess.isPrefectureStaff(actor, municipalityCode);
        if (!prefecture) {
            EvaluationAccess.requireEditor(actor, municipalityCode);
        }
        Head head = existingHead(municipalityCode, year);
        if (head.status() == EvaluationStatus.PUBLISHED) {
            throw new EvaluationConflictException("evaluation.published.readOnly");
        }
        String role = jdbc.sql("SELECT author_role FROM evaluation_text WHERE id = ? AND evaluation_id = ?").params(textId, head.id())
                .query(String.class).optional().orElseThrow(() -> new EvaluationNotFoundException("text"));
        if (!role.equals(EvaluationAccess.side(actor))) {
            throw new AccessDeniedException("the other side's text");
        }
        bump(head, version);
        jdbc.sql("DELETE FROM evaluation_text WHERE id = ?").param(textId).update();
        return version + 1;
    }

    // ---------------------------------------------------------------- lifecycle

    /** Takes a lifecycle step; a submission needs every criterion answered for every area of the year. */
    public long step(String municipalityCode, FiscalYear year, long version, EvaluationStep step, String comment) {
        Actor actor = currentActor.get();
        if (step.byPrefecture()) {
            EvaluationAccess.requirePrefectureStaff(actor, municipalityCode);
        } else {
            EvaluationAccess.requireEditor(actor, municipalityCode);
        }
        Head head = existingHead(municipalityCode, year);
        if (!step.allowedFrom(head.status())) {
            throw new EvaluationConflictException("evaluation.step.notNow");
        }
        String reason = comment == null ? "" : comment.strip();
        if (step == EvaluationStep.RETURN && reason.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "evaluation.return.reasonRequired", List.of())));
        }
        if (reason.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "evaluation.text.tooLong", List.of(MAX_TEXT))));
        }
        if (step == EvaluationStep.SUBMIT) {
            requireComplete(municipalityCode, year, head);
        }
        bump(head, version);
        jdbc.sql("UPDATE evaluation SET status = ? WHERE id = ?").params(step.target().name(), head.id()).update();
        event(head.id(), actor, step.name(), reason.isEmpty() ? null : reason);
        return version + 1;
    }

    private void requireComplete(String municipalityCode, FiscalYear year, Head head) {
        EvaluationSheet sheet = sheets.byId(head.sheetId());
        List<DailyLivingArea> yearAreas = areas.activeIn(municipalityCode, year);
        if (yearAreas.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("areas", "evaluation.submit.noAreas", List.of())));
        }
        long answered = jdbc.sql("SELECT COUNT(*) FROM evaluation_answer WHERE evaluation_id = ?").param(head.id()).query(Long.class).single();
        long needed = (long) yearAreas.size() * sheet.criteria().size();
        if (answered < needed) {
            throw new InvalidInputException(List.of(new FieldProblem("answers", "evaluation.submit.unanswered",
                    List.of(needed - answered))));
        }
    }

    // ---------------------------------------------------------------- the prefecture's overview

    /** One row of the prefecture's overview: a municipality's state and achievement per category in the year. */
    public record OverviewRow(Municipality municipality, EvaluationStatus status, Achievement achievement,
                              long areas, long mostlyBuiltAreas) {

        public boolean started() {
            return status != null;
        }
    }

    @Transactional(readOnly = true)
    public List<OverviewRow> overview(FiscalYear year) {
        Actor actor = currentActor.get();
        String prefecture = EvaluationSheets.prefectureOf(actor);
        if (!actor.application() && (actor.role() == null || !actor.role().isPrefectureRole())) {
            throw new AccessDeniedException("prefecture staff only");
        }
        Map<Long, EvaluationSheet> sheetsById = new HashMap<>();
        Map<String, Head> heads = new HashMap<>();
        jdbc.sql("""
                SELECT e.id, e.municipality_code, e.sheet_id, e.status, e.version, e.hearing_date, e.hearing_participants
                FROM evaluation e JOIN municipality m ON m.code = e.municipality_code
                WHERE m.prefecture_code = ? AND e.fiscal_year = ?""")
                .params(prefecture, year.value()).query(Evaluations::head).list()
                .forEach(h -> heads.put(h.municipalityCode(), h));
        Map<Long, Map<Long, Map<Long, Integer>>> answers = new HashMap<>();
        jdbc.sql("""
                SELECT a.evaluation_id, a.area_id, a.criterion_id, a.points FROM evaluation_answer a
                JOIN evaluation e ON e.id = a.evaluation_id JOIN municipality m ON m.code = e.municipality_code
                WHERE m.prefecture_code = ? AND e.fiscal_year = ?""")
                .params(prefecture, year.value()).query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                            .put(rs.getLong(3), rs.getInt(4));
                });
        Map<String, List<DailyLivingArea>> areasByMunicipality = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.municipality_code, a.code, a.name, a.description, a.first_year, a.retired_from_year, a.version
                FROM daily_living_area a JOIN municipality m ON m.code = a.municipality_code WHERE m.prefecture_code = ?""")
                .param(prefecture).query(DailyLivingAreas::area).list().stream().filter(a -> a.activeIn(year))
                .forEach(a -> areasByMunicipality.computeIfAbsent(a.municipalityCode(), k -> new ArrayList<>()).add(a));
        List<OverviewRow> rows = new ArrayList<>();
        for (Municipality m : reference.municipalitiesOf(prefecture)) {
            Head head = heads.get(m.code().value());
            List<DailyLivingArea> yearAreas = areasByMunicipality.getOrDefault(m.code().value(), List.of());
            if (head == null) {
                rows.add(new OverviewRow(m, null, null, yearAreas.size(), 0));
                continue;
            }
            EvaluationSheet sheet = sheetsById.computeIfAbsent(head.sheetId(), sheets::byId);
            Map<Long, Map<Long, Integer>> byArea = answers.getOrDefault(head.id(), Map.of());
            List<Map<Long, Integer>> all = new ArrayList<>();
            long mostlyBuilt = 0;
            for (DailyLivingArea area : yearAreas) {
                Map<Long, Integer> points = byArea.getOrDefault(area.id(), Map.of());
                all.add(points);
                if (Achievement.of(sheet, points).mostlyBuilt()) {
                    mostlyBuilt++;
                }
            }
            rows.add(new OverviewRow(m, head.status(), Achievement.of(sheet, all), yearAreas.size(), mostlyBuilt));
        }
        return rows;
    }

    // ---------------------------------------------------------------- rows

    record Head(long id, String municipalityCode, long sheetId, EvaluationStatus status, long version,
                LocalDate hearingDate, String hearingParticipants) {
    }

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), EvaluationStatus.valueOf(rs.getString(4)), rs.getLong(5),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7));
    }

    private Optional<Head> head(String municipalityCode, FiscalYear year) {
        return jdbc.sql("""
                SELECT id, municipality_code, sheet_id, status, version, hearing_date, hearing_participants
                FROM evaluation WHERE municipality_code = ? AND fiscal_year = ?""")
                .params(municipalityCode, year.value()).query(Evaluations::head).optional();
    }

    private Head existingHead(String municipalityCode, FiscalYear year) {
        municipality(municipalityCode);
        return head(municipalityCode, year).orElseThrow(() -> new EvaluationNotFoundException("evaluation"));
    }

    /** The evaluation, started as a draft on the year's sheet when the round is open and nothing was saved yet. */
    private Head headCreatingDraft(String municipalityCode, FiscalYear year) {
        Municipality municipality = municipality(municipalityCode);
        Optional<Head> existing = head(municipalityCode, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        EvaluationView.Round round = round(municipality.prefectureCode(), year)
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
        return head(municipalityCode, year).orElseThrow();
    }

    private Head editableHead(String municipalityCode, FiscalYear year, long version) {
        Head head = headCreatingDraft(municipalityCode, year);
        if (!head.status().editableByMunicipality()) {
            throw new EvaluationConflictException("evaluation.notEditable");
        }
        bump(head, version);
        return head;
    }

    private void bump(Head head, long version) {
        int updated = jdbc.sql("UPDATE evaluation SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(Timestamp.from(clock.instant()), head.id(), version).update();
        if (updated == 0) {
            throw new EvaluationConflictException("evaluation.changedMeanwhile");
        }
    }

    private void event(long evaluationId, Actor actor, String action, String comment) {
        jdbc.sql("""
                INSERT INTO evaluation_event (evaluation_id, action, actor, actor_role, occurred_at, comment)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(evaluationId, action, actor.recordedName(), EvaluationAccess.side(actor),
                        Timestamp.from(clock.instant()), comment)
                .update();
    }

    /** The municipality, for its own people and the prefecture's staff. */
    @Transactional(readOnly = true)
    public Municipality readableMunicipality(String municipalityCode) {
        Municipality municipality = municipality(municipalityCode);
        EvaluationAccess.requireReader(currentActor.get(), municipalityCode);
        return municipality;
    }

    Municipality municipality(String municipalityCode) {
        try {
            return reference.municipality(new MunicipalityCode(municipalityCode))
                    .orElseThrow(() -> new EvaluationNotFoundException("municipality"));
        } catch (IllegalArgumentException e) {
            throw new EvaluationNotFoundException("municipality");
        }
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static InvalidInputException fileProblem(String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem("file", key, List.of(arguments))));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("evaluation.date.invalid");
        }
    }

    static Integer count(String text) {
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(s);
            if (value < 0) {
                throw new InvalidValueException("evaluation.figures.count.invalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("evaluation.figures.count.invalid");
        }
    }

    static BigDecimal percent(String text) {
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replace("%", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("evaluation.figures.percent.invalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("evaluation.figures.percent.invalid");
        }
    }
}
