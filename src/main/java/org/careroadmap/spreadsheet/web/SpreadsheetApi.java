package org.careroadmap.spreadsheet.web;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.spreadsheet.ImportPreview;
import org.careroadmap.spreadsheet.PreviewNotFoundException;
import org.careroadmap.spreadsheet.RejectedWorkbookException;
import org.careroadmap.spreadsheet.SpreadsheetExports;
import org.careroadmap.spreadsheet.ImportConfirmation;
import org.careroadmap.spreadsheet.SpreadsheetImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel through the API: download a roadmap or a whole prefecture as .xlsx (what the account may read);
 * upload a sheet (multipart, field {@code file}) to get a preview, as the municipality's editor; confirm the
 * preview with its token. Errors are RFC 9457 problem details like the rest of the API; a file over the
 * size limit answers 413. Access is checked before the file is read.
 */
@RestController
@Tag(name = "Excel", description = "県の様式（.xlsx）の書き出しと取り込み")
record SpreadsheetApi(SpreadsheetExports exports, SpreadsheetImports imports, ImportConfirmation confirmation,
                      FieldMessages messages) {

    @GetMapping("/api/roadmaps/{id}/xlsx")
    @Operation(summary = "Download a roadmap as the prefecture's sheet (.xlsx)")
    ResponseEntity<byte[]> roadmap(@PathVariable long id) {
        SpreadsheetExports.Export export = exports.roadmap(id);
        return Uploads.download(export.filename(), export.bytes());
    }

    @GetMapping("/api/prefectures/{code}/roadmaps/xlsx")
    @Operation(summary = "Download every roadmap of a prefecture as one workbook",
            description = "A summary sheet (municipality × items per category A–H, status, last updated), then one sheet per municipality.")
    ResponseEntity<byte[]> prefecture(@PathVariable String code) {
        SpreadsheetExports.Export export = exports.prefecture(code);
        return Uploads.download(export.filename(), export.bytes());
    }

    @PostMapping("/api/roadmaps/{id}/xlsx")
    @Operation(summary = "Preview importing a sheet into a roadmap",
            description = "Nothing is saved. The answer lists the changes and every unreadable cell; when it can be applied it carries a token for POST /api/imports/{token}.")
    PreviewJson previewIntoRoadmap(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file) {
        return json(imports.previewForRoadmap(id, Uploads.bytes(file)));
    }

    @PostMapping("/api/municipalities/{code}/roadmaps/xlsx")
    @Operation(summary = "Preview creating a municipality's roadmap from a sheet",
            description = "The template edition is read from the sheet's year columns. Nothing is saved.")
    PreviewJson previewNewRoadmap(@PathVariable String code, @RequestParam(required = false) @Nullable MultipartFile file) {
        return json(imports.previewForMunicipality(code, Uploads.bytes(file)));
    }

    @GetMapping("/api/imports/{token}")
    @Operation(summary = "A preview still waiting for confirmation")
    PreviewJson preview(@PathVariable String token) {
        return json(imports.preview(token));
    }

    @PostMapping("/api/imports/{token}")
    @Operation(summary = "Apply a previewed import, all or nothing",
            description = "409 if the roadmap changed since the preview; 404 if the token is unknown, expired or used.")
    ResponseEntity<Map<String, Object>> apply(@PathVariable String token) {
        boolean created = imports.preview(token).newRoadmap();
        RoadmapDocument doc = confirmation.apply(token);
        long id = doc.roadmap().id();
        Map<String, Object> body = Map.of("roadmapId", id, "version", doc.roadmap().version(), "created", created,
                "items", doc.roadmap().items().size(), "location", "/api/roadmaps/" + id);
        return created ? ResponseEntity.created(URI.create("/api/roadmaps/" + id)).body(body) : ResponseEntity.ok(body);
    }

    @ExceptionHandler(RejectedWorkbookException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedWorkbookException e) {
        HttpStatus status = e.busy() ? HttpStatus.SERVICE_UNAVAILABLE
                : e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.message("error.invalid.detail"));
        problem.setTitle(messages.message(e.busy() ? "xlsx.busy.title"
                : e.tooLarge() ? "error.status.413" : "error.invalid.title"));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message", messages.message(p))).toList());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (e.busy()) {
            answer.header("Retry-After", "5");
        }
        return answer.body(problem);
    }

    @ExceptionHandler(PreviewNotFoundException.class)
    ProblemDetail expired(PreviewNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.message("spreadsheet.expired"));
        problem.setTitle(messages.message("error.notFound.title"));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private PreviewJson json(ImportPreview preview) {
        return PreviewJson.of(preview, messages::message);
    }
}
