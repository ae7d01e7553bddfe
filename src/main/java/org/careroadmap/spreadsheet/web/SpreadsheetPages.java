package org.careroadmap.spreadsheet.web;

import java.util.Map;
import java.util.function.Supplier;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.roadmap.ConcurrentEditException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.spreadsheet.ImportConfirmation;
import org.careroadmap.spreadsheet.ImportPreview;
import org.careroadmap.spreadsheet.ImportTargets;
import org.careroadmap.spreadsheet.PreviewNotFoundException;
import org.careroadmap.spreadsheet.SpreadsheetImports;
import org.careroadmap.spreadsheet.SpreadsheetProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import screens, for the municipality's editor: choose a file (for a roadmap, or for the municipality's
 * new roadmap), see the preview with every unreadable cell, confirm. Plain forms; nothing is saved before
 * the confirmation. Who may is checked before a file is read.
 */
@Controller
record SpreadsheetPages(ImportTargets targets, SpreadsheetImports imports, ImportConfirmation confirmation,
                        RoadmapReads roadmaps, FieldMessages messages,
                        SpreadsheetProperties properties) {

    @GetMapping("/roadmaps/{id}/import")
    String roadmapForm(@PathVariable long id, @RequestParam(required = false) @Nullable String tooLarge, Model model) {
        RoadmapDocument doc = targets.roadmap(id);
        refusedAsTooLarge(tooLarge, model);
        return form(model, doc, null);
    }

    @PostMapping("/roadmaps/{id}/import")
    String roadmapUpload(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        RoadmapDocument doc = targets.roadmap(id);
        return previewOrForm(model, () -> imports.previewForRoadmap(id, Uploads.bytes(file)), doc, null);
    }

    @GetMapping("/roadmaps/import/{code}")
    String municipalityForm(@PathVariable String code, @RequestParam(required = false) @Nullable String tooLarge, Model model) {
        Municipality municipality = targets.municipality(code);
        refusedAsTooLarge(tooLarge, model);
        return form(model, null, municipality);
    }

    @PostMapping("/roadmaps/import/{code}")
    String municipalityUpload(@PathVariable String code, @RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        Municipality municipality = targets.municipality(code);
        return previewOrForm(model, () -> imports.previewForMunicipality(code, Uploads.bytes(file)), null, municipality);
    }

    /** The preview of a readable file; else the form again, with why the file was refused. */
    private String previewOrForm(Model model, Supplier<ImportPreview> reading, @Nullable RoadmapDocument doc,
                                 @Nullable Municipality municipality) {
        try {
            return preview(model, reading.get());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, doc, municipality);
        }
    }

    @PostMapping("/roadmaps/import/{token}/apply")
    Object apply(@PathVariable String token, Model model, RedirectAttributes redirect) {
        ImportPreview preview;
        try {
            preview = imports.preview(token);
        } catch (PreviewNotFoundException e) {
            return expired();
        }
        try {
            RoadmapDocument doc = confirmation.apply(token);
            redirect.addFlashAttribute("saved", preview.newRoadmap() ? "spreadsheet.created" : "spreadsheet.applied");
            return "redirect:/roadmaps/" + doc.roadmap().id();
        } catch (PreviewNotFoundException e) {
            return expired();
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return formAgain(model, preview);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return formAgain(model, preview);
        }
    }

    /** The form the preview came from: its roadmap's (a conflict can only happen there), else its municipality's. */
    private String formAgain(Model model, ImportPreview preview) {
        Long roadmapId = preview.roadmapId();
        return roadmapId == null ? form(model, null, preview.municipality()) : form(model, roadmaps.get(roadmapId), null);
    }

    /** Back from {@link UploadLimitFilter}: the container refused the upload for its size. */
    private void refusedAsTooLarge(@Nullable String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("errors", Map.of("file", messages.message("xlsx.tooLarge", properties.maxUploadSizeText())));
        }
    }

    private String form(Model model, @Nullable RoadmapDocument doc, @Nullable Municipality municipality) {
        model.addAttribute("doc", doc);
        model.addAttribute("municipality", doc == null ? municipality : doc.municipality());
        model.addAttribute("maxSize", properties.maxUploadSizeText());
        return "spreadsheet/import";
    }

    private String preview(Model model, ImportPreview preview) {
        model.addAttribute("preview", preview);
        return "spreadsheet/preview";
    }

    private static ModelAndView expired() {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        view.addObject("messageKey", "spreadsheet.expired");
        return view;
    }
}
