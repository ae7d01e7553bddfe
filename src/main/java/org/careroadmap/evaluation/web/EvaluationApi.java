package org.careroadmap.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.evaluation.Achievement;
import org.careroadmap.evaluation.BaseFigures;
import org.careroadmap.evaluation.Criterion;
import org.careroadmap.evaluation.DailyLivingArea;
import org.careroadmap.evaluation.EvaluationNotFoundException;
import org.careroadmap.evaluation.EvaluationSheet;
import org.careroadmap.evaluation.EvaluationSheets;
import org.careroadmap.evaluation.EvaluationStep;
import org.careroadmap.evaluation.EvaluationView;
import org.careroadmap.evaluation.EvaluationUseCases;
import org.careroadmap.evaluation.AnswerInput;
import org.careroadmap.evaluation.EvaluationOverview;
import org.careroadmap.evaluation.StatusCsv;
import org.careroadmap.evaluation.TextKind;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** The evaluation as JSON: sheets, a municipality's evaluation of a year, its answers and steps, the public status. */
@RestController
@Tag(name = "Evaluation", description = "長崎県版地域包括ケアシステム評価シート・構築状況")
class EvaluationApi {

    private final EvaluationUseCases evaluations;
    private final EvaluationSheets sheets;
    private final CurrentActor currentActor;

    EvaluationApi(EvaluationUseCases evaluations, EvaluationSheets sheets, CurrentActor currentActor) {
        this.evaluations = evaluations;
        this.sheets = sheets;
        this.currentActor = currentActor;
    }

    record SheetJson(int fiscalYear, String fiscalYearLabel, int thresholdPercent, long version, boolean frozen,
                     List<CriterionJson> criteria, List<QuestionJson> questions, Map<CategoryCode, String> categoryLabels) {

        static SheetJson of(EvaluationSheet s) {
            Map<CategoryCode, String> labels = new java.util.EnumMap<>(CategoryCode.class);
            for (CategoryCode c : CategoryCode.values()) {
                labels.put(c, s.label(c));
            }
            return new SheetJson(s.fiscalYear().value(), s.fiscalYear().label(), s.thresholdPercent(), s.version(), s.frozen(),
                    s.criteria().stream().map(CriterionJson::of).toList(),
                    s.questions().stream().map(q -> new QuestionJson(q.storedId(), q.number(), q.category(), q.text())).toList(), labels);
        }
    }

    record CriterionJson(long id, String number, CategoryCode category, String text, String answerType, int maxPoints, int weight) {

        static CriterionJson of(Criterion c) {
            return new CriterionJson(c.storedId(), c.category().name() + c.position(), c.category(), c.text(), c.answerType().name(),
                    c.maxPoints(), c.weight());
        }
    }

    record QuestionJson(long id, String number, CategoryCode category, String text) {
    }

    record AreaJson(long id, String code, String name, String description, Map<CategoryCode, Integer> percentPerCategory,
                    int overallPercent, boolean mostlyBuilt) {
    }

    record AnswerJson(long areaId, long criterionId, int points, @Nullable String note) {
    }

    record FiguresJson(LocalDate asOf, @Nullable Integer totalPopulation, @Nullable Integer elderly,
                       @Nullable BigDecimal elderlyRate, @Nullable Integer lateElderly, @Nullable BigDecimal lateElderlyRate,
                       @Nullable BigDecimal careCertifiedRate, @Nullable BigDecimal supportCertifiedRate) {

        static @Nullable FiguresJson of(@Nullable BaseFigures f) {
            return f == null ? null : new FiguresJson(f.asOf(), f.totalPopulation(), f.elderly(), f.elderlyRate(),
                    f.lateElderly(), f.lateElderlyRate(), f.careCertifiedRate(), f.supportCertifiedRate());
        }
    }

    record TextJson(String kind, @Nullable CategoryCode category, String body, String authorRole) {
    }

    record EvaluationJson(String municipalityCode, String municipalityName, int fiscalYear, String fiscalYearLabel,
                          String status, long version, Map<CategoryCode, Integer> percentPerCategory, int overallPercent,
                          @Nullable Map<CategoryCode, Integer> previousPercentPerCategory, long areas, long mostlyBuiltAreas,
                          List<AreaJson> areaResults, @Nullable FiguresJson baseFigures, List<TextJson> texts,
                          List<AnswerJson> answers, SheetJson sheet, List<String> steps) {

        static EvaluationJson of(EvaluationView v, boolean withAnswers) {
            return of(v, withAnswers, java.util.Set.of());
        }

        /** With {@code steps}: the lifecycle steps the caller may take now, as the page's buttons offer them. */
        static EvaluationJson of(EvaluationView v, boolean withAnswers, java.util.Set<EvaluationStep> steps) {
            List<AreaJson> areas = new ArrayList<>();
            for (DailyLivingArea a : v.areas()) {
                Achievement achievement = Objects.requireNonNull(v.areaAchievements().get(a.id()),
                        "the view holds an achievement for every area of its year");
                areas.add(new AreaJson(a.id(), a.code(), a.name(), a.description(), StatusCsv.percents(achievement),
                        achievement.overallPercent(), achievement.mostlyBuilt()));
            }
            List<AnswerJson> answers = new ArrayList<>();
            if (withAnswers) {
                v.answers().forEach((area, byCriterion) -> byCriterion.forEach((criterion, answer) ->
                        answers.add(new AnswerJson(area, criterion, answer.points(), answer.note()))));
            }
            return new EvaluationJson(v.municipality().code().value(), v.municipality().name(), v.fiscalYear().value(),
                    v.fiscalYear().label(), v.status().name(), v.version(), StatusCsv.percents(v.achievement()),
                    v.achievement().overallPercent(),
                    v.previousAchievement() == null ? null : StatusCsv.percents(v.previousAchievement()),
                    v.areas().size(), v.mostlyBuiltAreas(), areas, FiguresJson.of(v.figures()),
                    v.texts().stream().filter(t -> t.kind() != TextKind.NEXT_STEP || withAnswers)
                            .map(t -> new TextJson(t.kind().name(), t.category(), t.body(), t.authorRole())).toList(),
                    answers, SheetJson.of(v.sheet()), steps.stream().sorted().map(Enum::name).toList());
        }
    }

    record AnswersBody(Long version, List<AnswerBody> answers) {
    }

    record AnswerBody(Long areaId, Long criterionId, String points, String note) {
    }

    record StepBody(@Nullable Long version, @Nullable String comment) {
    }

    @GetMapping("/api/status/{code}/{year}")
    @Operation(summary = "A published 構築状況", description = "Base figures, achievement per category A–H and per 日常生活圏域, "
            + "texts; 404 until the prefecture publishes the year.")
    EvaluationJson status(@PathVariable String code, @PathVariable String year) {
        return EvaluationJson.of(evaluations.views().published(code, Web.year(year)), false);
    }

    @GetMapping("/api/evaluation/sheets/{year}")
    @Operation(summary = "The evaluation sheet of a fiscal year", description = "Criteria, 住民の実感 questions, threshold.")
    SheetJson sheet(@PathVariable String year) {
        var actor = currentActor.get();
        return SheetJson.of(sheets.sheet(EvaluationSheetsAccess.prefectureOf(actor), Web.year(year))
                .orElseThrow(() -> new EvaluationNotFoundException("sheet")));
    }

    @GetMapping("/api/evaluation/overview")
    @Operation(summary = "The prefecture's overview", description = "Every 市町 × A–H for a fiscal year (prefecture staff); "
            + "`overdue` marks a 市町 that has not submitted by the round's deadline, `filter=overdue` lists only those.")
    List<Map<String, Object>> overview(@RequestParam(required = false) String year, @RequestParam(required = false) String filter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        FiscalYear fy = year == null ? FiscalYear.containing(evaluations.overview().today()) : Web.year(year);
        for (EvaluationOverview.OverviewRow row : evaluations.overview().overview(fy, "overdue".equals(filter))) {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("municipalityCode", row.municipality().code().value());
            json.put("municipalityName", row.municipality().name());
            json.put("status", row.status() == null ? null : row.status().name());
            json.put("percentPerCategory", row.achievement() == null ? null : StatusCsv.percents(row.achievement()));
            json.put("overallPercent", row.achievement() == null ? null : row.achievement().overallPercent());
            json.put("areas", row.areas());
            json.put("mostlyBuiltAreas", row.mostlyBuiltAreas());
            json.put("overdue", row.overdue());
            rows.add(json);
        }
        return rows;
    }

    @GetMapping("/api/evaluations/{code}/{year}")
    @Operation(summary = "A municipality's evaluation of a year", description = "With every answer (own municipality or prefecture staff); "
            + "the ETag carries `version`, which a change may send back as `If-Match`.")
    ResponseEntity<EvaluationJson> get(@PathVariable String code, @PathVariable String year) {
        EvaluationView view = evaluations.views().view(code, Web.year(year));
        // The ETag is the version a change sends back, as `version` or as If-Match.
        return ResponseEntity.ok().eTag(BasedOnVersion.etag(view.version())).body(withSteps(view));
    }

    @PutMapping("/api/evaluations/{code}/{year}/answers")
    @Operation(summary = "Replace the answers", description = "All answers of the year at once, based on `version`; "
            + "points outside the criterion's answer type or areas of another municipality answer 400 and change nothing.")
    EvaluationJson answers(@PathVariable String code, @PathVariable String year, @RequestBody AnswersBody body,
                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        FiscalYear fy = Web.year(year);
        List<AnswerInput> inputs = body.answers() == null ? List.of() : body.answers().stream()
                .map(a -> new AnswerInput(a.areaId() == null ? -1 : a.areaId(),
                        a.criterionId() == null ? -1 : a.criterionId(), a.points(), a.note())).toList();
        evaluations.answers().saveAnswers(code, fy, BasedOnVersion.fromApi(body.version(), ifMatch), inputs);
        return withSteps(evaluations.views().view(code, fy));
    }

    @PostMapping("/api/evaluations/{code}/{year}/submit")
    @Operation(summary = "Submit (市町編集者)", description = "Body `{\"version\":N}`; 400 while answers are missing.")
    EvaluationJson submit(@PathVariable String code, @PathVariable String year, @RequestBody(required = false) StepBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(code, year, body, ifMatch, EvaluationStep.SUBMIT);
    }

    @PostMapping("/api/evaluations/{code}/{year}/return")
    @Operation(summary = "Return (県)", description = "Body `{\"version\":N,\"comment\":\"…\"}`; the reason is required.")
    EvaluationJson returnIt(@PathVariable String code, @PathVariable String year, @RequestBody(required = false) StepBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(code, year, body, ifMatch, EvaluationStep.RETURN);
    }

    @PostMapping("/api/evaluations/{code}/{year}/accept")
    @Operation(summary = "Accept (県)")
    EvaluationJson accept(@PathVariable String code, @PathVariable String year, @RequestBody(required = false) StepBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(code, year, body, ifMatch, EvaluationStep.ACCEPT);
    }

    @PostMapping("/api/evaluations/{code}/{year}/publish")
    @Operation(summary = "Publish (県, or 市町編集者 where the prefecture lets the 市町 publish)",
            description = "Makes the public 構築状況 page of the year appear; taken from 受理 by whoever the prefecture's "
                    + "publication setting names (403 for anyone else).")
    EvaluationJson publish(@PathVariable String code, @PathVariable String year, @RequestBody(required = false) StepBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(code, year, body, ifMatch, EvaluationStep.PUBLISH);
    }

    private EvaluationJson step(String code, String year, @Nullable StepBody body, @Nullable String ifMatch,
                                EvaluationStep step) {
        FiscalYear fy = Web.year(year);
        long version = BasedOnVersion.fromApi(body == null ? null : body.version(), ifMatch);
        evaluations.lifecycle().step(code, fy, version, step, body == null ? null : body.comment());
        return withSteps(evaluations.views().view(code, fy));
    }

    private EvaluationJson withSteps(EvaluationView view) {
        return EvaluationJson.of(view, true, evaluations.lifecycle().openSteps(view));
    }

    /** The prefecture whose sheet a signed-in person reads: their own. */
    static final class EvaluationSheetsAccess {

        static String prefectureOf(org.careroadmap.platform.Actor actor) {
            return actor.prefectureCode() == null ? "42" : actor.prefectureCode();
        }
    }
}
