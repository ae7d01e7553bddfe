package org.careroadmap.progress.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.progress.ActivityCsv;
import org.careroadmap.progress.CsvPreview;
import org.careroadmap.progress.CsvTooLargeException;
import org.careroadmap.progress.ProgressConflictException;
import org.careroadmap.progress.ProgressOverviews;
import org.careroadmap.progress.ProgressWorkbook;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activity log's CSV download and upload (preview, then confirm), and the report's workbook, for people. */
@Controller
record ProgressCsvPages(ActivityCsv csv, ProgressOverviews overviews, ProgressWorkbook workbook, FieldMessages messages) {

    @GetMapping("/roadmaps/{id}/progress/activities.csv")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(required = false) @Nullable String year) {
        return csvResponse(csv.export(id, year), "activities-" + id + ".csv");
    }

    @GetMapping("/roadmaps/{id}/progress/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) @Nullable String year) {
        return xlsxResponse(workbook.write(id, year), workbook.fileName(id, year));
    }

    @GetMapping("/roadmaps/{id}/progress/import")
    String form(@PathVariable long id, Model model) {
        csv.requireRecordable(id);
        model.addAttribute("o", overviews.overview(id, null));
        model.addAttribute("maxRows", csv.maxRows());
        model.addAttribute("maxMegabytes", csv.maxBytes() / (1024 * 1024));
        return "progress/import";
    }

    @PostMapping("/roadmaps/{id}/progress/import")
    String upload(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        csv.requireRecordable(id);
        model.addAttribute("o", overviews.overview(id, null));
        model.addAttribute("maxRows", csv.maxRows());
        model.addAttribute("maxMegabytes", csv.maxBytes() / (1024 * 1024));
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.message("progress.csv.noFile"));
            return "progress/import";
        }
        try {
            if (file.getSize() > csv.maxBytes()) {
                throw new CsvTooLargeException(csv.maxBytes());
            }
            CsvPreview preview = csv.preview(id, file.getBytes());
            model.addAttribute("preview", preview);
            model.addAttribute("problems", preview.problems().stream().map(messages::message).toList());
            return "progress/import";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems().stream().map(messages::message).toList());
        } catch (CsvTooLargeException e) {
            model.addAttribute("fileError", messages.message("progress.csv.tooLarge", e.maxBytes() / (1024 * 1024)));
        } catch (ProgressConflictException e) {
            model.addAttribute("fileError", messages.message(e.detailKey()));
        }
        return "progress/import";
    }

    @PostMapping("/roadmaps/{id}/progress/import/{token}/apply")
    String apply(@PathVariable long id, @PathVariable String token, RedirectAttributes redirect) {
        csv.requireRecordable(id);
        try {
            int rows = csv.apply(token);
            redirect.addFlashAttribute("imported", rows);
        } catch (ProgressConflictException e) {
            redirect.addFlashAttribute("locked", e.detailKey());
        }
        return "redirect:/roadmaps/" + id + "/progress";
    }

    static ResponseEntity<byte[]> csvResponse(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bytes);
    }

    static ResponseEntity<byte[]> xlsxResponse(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }
}
