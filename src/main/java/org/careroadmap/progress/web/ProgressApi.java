package org.careroadmap.progress.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.progress.Activity;
import org.careroadmap.progress.ActivityCsv;
import org.careroadmap.progress.ActivityInput;
import org.careroadmap.progress.ActivityLog;
import org.careroadmap.progress.ArrowStatus;
import org.careroadmap.progress.ArrowStatuses;
import org.careroadmap.progress.CsvPreview;
import org.careroadmap.progress.CsvTooLargeException;
import org.careroadmap.progress.Evaluation;
import org.careroadmap.progress.EvaluationInput;
import org.careroadmap.progress.Indicator;
import org.careroadmap.progress.IndicatorInput;
import org.careroadmap.progress.Indicators;
import org.careroadmap.progress.ProgressOverviews;
import org.careroadmap.progress.ProgressReport;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.progress.ProgressWorkbook;
import org.careroadmap.progress.ReportRefusedException;
import org.careroadmap.progress.SelfEvaluations;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The progress module's JSON API of one roadmap. Reads follow the roadmap's access (the public sees published
 * progress reports only); changes are the municipality editor's; review steps are the prefecture's (its roll-up,
 * lists and rounds: PrefectureProgressApi). Errors are RFC 9457 problem details like the rest of the API.
 */
@RestController
@Tag(name = "Progress", description = "活動記録・評価指標・自己評価・進捗報告")
record ProgressApi(ProgressOverviews overviews, ActivityLog activities, ActivityCsv csv, Indicators indicators, SelfEvaluations evaluations, ArrowStatuses arrows, ProgressReports reports, ProgressWorkbook workbook, FieldMessages messages) {

    @GetMapping("/api/roadmaps/{id}/progress")
    @Operation(summary = "A roadmap's progress in one fiscal year",
            description = "Per item: interim and year-end self-evaluation, indicators with target and actual per year, "
                    + "activity count, arrows with their status; the year's report and the municipality's roll-up. "
                    + "`year` defaults to this fiscal year (the public: the last published one).")
    ProgressJson.OverviewJson overview(@PathVariable long id, @RequestParam(required = false) @Nullable String year) {
        return ProgressJson.OverviewJson.of(overviews.overview(id, year));
    }

    @GetMapping("/api/roadmaps/{id}/progress/activities")
    @Operation(summary = "List activities", description = "Optional filters `year` and `item` (an item id).")
    List<ProgressJson.ActivityJson> activities(@PathVariable long id, @RequestParam(required = false) @Nullable String year,
                                               @RequestParam(required = false) @Nullable String item) {
        return activities.list(id, year, item).stream().map(ProgressJson.ActivityJson::of).toList();
    }

    @PostMapping("/api/roadmaps/{id}/progress/activities")
    @Operation(summary = "Record an activity",
            description = "`{\"fiscalYear\":\"2025\",\"itemId\":\"…\",\"kind\":\"勉強会\",\"title\":\"…\",\"heldOn\":\"2025-06-10\",\"participants\":\"24\",\"professions\":\"医師、看護師\"}`")
    ResponseEntity<ProgressJson.ActivityJson> addActivity(@PathVariable long id, @RequestBody ActivityInput input) {
        Activity added = activities.add(id, input);
        return ResponseEntity.created(URI.create("/api/roadmaps/" + id + "/progress/activities/" + added.id()))
                .body(ProgressJson.ActivityJson.of(added));
    }

    @DeleteMapping("/api/roadmaps/{id}/progress/activities/{activityId}")
    @Operation(summary = "Remove an activity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeActivity(@PathVariable long id, @PathVariable long activityId) {
        activities.remove(id, activityId);
    }

    @GetMapping("/api/roadmaps/{id}/progress/activities.csv")
    @Operation(summary = "Download activities as CSV (UTF-8 with BOM, formula-safe)")
    ResponseEntity<byte[]> activitiesCsv(@PathVariable long id, @RequestParam(required = false) @Nullable String year) {
        return ProgressCsvPages.csvResponse(csv.export(id, year), "activities-" + id + ".csv");
    }

    @PostMapping("/api/roadmaps/{id}/progress/activities/csv")
    @Operation(summary = "Preview importing activities from a CSV",
            description = "Multipart field `file`: UTF-8 (with or without BOM) or Shift_JIS/cp932. Nothing is saved; "
                    + "a preview without problems has a token to apply with POST /api/progress/imports/{token}.")
    ProgressJson.PreviewJson previewCsv(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        csv.requireRecordable(id);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "progress.csv.noFile", List.of())));
        }
        if (file.getSize() > csv.maxBytes()) {
            throw new CsvTooLargeException(csv.maxBytes());
        }
        return ProgressJson.preview(csv.preview(id, file.getBytes()), messages::message);
    }

    @GetMapping("/api/progress/imports/{token}")
    @Operation(summary = "Show a CSV preview again (its owner only)")
    ProgressJson.PreviewJson showPreview(@PathVariable String token) {
        CsvPreview preview = csv.show(token);
        return ProgressJson.preview(preview, messages::message);
    }

    @PostMapping("/api/progress/imports/{token}")
    @Operation(summary = "Apply a CSV preview: every row or none (409 when the roadmap no longer fits it)")
    Map<String, Integer> applyPreview(@PathVariable String token) {
        return Map.of("added", csv.apply(token));
    }

    @PostMapping("/api/roadmaps/{id}/progress/indicators")
    @Operation(summary = "Define an indicator of an item",
            description = "`{\"itemId\":\"…\",\"name\":\"勉強会の開催回数\",\"unit\":\"回\",\"higherIsBetter\":true,\"source\":\"ACTIVITY_COUNT\",\"kinds\":[\"勉強会\"]}`; "
                    + "source MANUAL, ACTIVITY_COUNT or PARTICIPANT_SUM.")
    ResponseEntity<ProgressJson.IndicatorJson> addIndicator(@PathVariable long id, @RequestBody IndicatorInput input) {
        Indicator added = indicators.define(id, input);
        return ResponseEntity.status(HttpStatus.CREATED).body(figures(id, added));
    }

    record ValueBody(String target, String actual) {
    }

    @PutMapping("/api/roadmaps/{id}/progress/indicators/{indicatorId}/values/{year}")
    @Operation(summary = "Set an indicator's target and (typed-in indicators) actual for a fiscal year")
    ProgressJson.IndicatorJson setValue(@PathVariable long id, @PathVariable long indicatorId, @PathVariable String year,
                                        @RequestBody ValueBody body) {
        return figures(id, indicators.setValue(id, indicatorId, year, body.target(), body.actual()));
    }

    @DeleteMapping("/api/roadmaps/{id}/progress/indicators/{indicatorId}")
    @Operation(summary = "Remove an indicator")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeIndicator(@PathVariable long id, @PathVariable long indicatorId) {
        indicators.remove(id, indicatorId);
    }

    @PutMapping("/api/roadmaps/{id}/progress/items/{itemId}/evaluations/{year}/{stage}")
    @Operation(summary = "Write an item's self-evaluation", description = "`stage` INTERIM or YEAR_END; "
            + "`{\"done\":\"…\",\"rating\":\"◎\",\"issues\":\"…\",\"nextSteps\":\"…\"}` — the rating a symbol of the prefecture's scale.")
    ProgressJson.EvaluationJson evaluate(@PathVariable long id, @PathVariable String itemId, @PathVariable String year,
                                         @PathVariable String stage, @RequestBody EvaluationInput input) {
        Evaluation saved = evaluations.save(id, itemId, year, stage, input);
        return ProgressJson.EvaluationJson.of(saved);
    }

    record ArrowBody(@Nullable String status, @Nullable String note, @Nullable String notedOn) {
    }

    @PutMapping("/api/roadmaps/{id}/progress/arrows/{arrowId}")
    @Operation(summary = "Set an arrow's status", description = "`status` NOT_STARTED, IN_PROGRESS, DONE, DELAYED or CANCELLED, with a note and its date.")
    Map<String, Object> arrowStatus(@PathVariable long id, @PathVariable String arrowId, @RequestBody ArrowBody body) {
        ArrowStatus s = arrows.set(id, arrowId, body.status(), body.note(), body.notedOn());
        return Map.of("arrowId", s.arrowId(), "status", s.status().name(), "note", s.note() == null ? "" : s.note(),
                "notedOn", s.notedOn().toString());
    }

    record StepBody(@Nullable Long version, @Nullable String comment) {
    }

    @PostMapping("/api/roadmaps/{id}/progress/reports/{year}/{step}")
    @Operation(summary = "Take a step of the progress report", description = "`step` submit, return, accept or publish; "
            + "body `{\"version\":N}` (`return` also `\"comment\"`) or an `If-Match` header with the report's version; "
            + "without either 428. A report with unrated items answers 422 listing them.")
    ProgressJson.ReportJson step(@PathVariable long id, @PathVariable String year, @PathVariable String step,
                                 @RequestBody(required = false) @Nullable StepBody body,
                                 @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        Long version = body == null ? null : body.version();
        ProgressReport report = reports.take(id, year, step, version != null ? version : ProgressPages.parseVersion(
                ifMatch == null ? null : ifMatch.strip().replaceFirst("^W/", "").replace("\"", "")),
                body == null ? null : body.comment());
        return ProgressJson.ReportJson.of(report);
    }

    @GetMapping("/api/roadmaps/{id}/progress/xlsx")
    @Operation(summary = "The progress report as a workbook (roadmap sheet with 実績 and 評価, and 取組と目標)")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) @Nullable String year) {
        return ProgressCsvPages.xlsxResponse(workbook.write(id, year), workbook.fileName(id, year));
    }

    @ExceptionHandler(ReportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReportRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.message("progress.report.unrated.detail", e.unratedItems().size()));
        problem.setTitle(messages.message("progress.report.unrated.title"));
        problem.setProperty("errors", e.unratedItems().stream().map(item -> Map.of("field", "items", "code",
                "progress.report.unrated", "message", messages.message("progress.report.unrated", item))).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(CsvTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(CsvTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.message("progress.csv.tooLarge", e.maxBytes() / (1024 * 1024)));
        problem.setTitle(messages.message("progress.csv.tooLarge.title"));
        problem.setProperty("errors", List.of(Map.of("field", "file", "code", "progress.csv.tooLarge",
                "message", messages.message("progress.csv.tooLarge", e.maxBytes() / (1024 * 1024)))));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    private ProgressJson.IndicatorJson figures(long id, Indicator indicator) {
        return overviews.overview(id, null).items().stream().flatMap(i -> i.indicators().stream())
                .filter(f -> f.indicator().savedId() == indicator.savedId()).findFirst()
                .map(ProgressJson.IndicatorJson::of).orElseThrow();
    }
}
