package org.careroadmap.resourcemap.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.ImportPreview;
import org.careroadmap.resourcemap.ImportProgresses;
import org.careroadmap.resourcemap.ResourceChangedException;
import org.careroadmap.resourcemap.ResourceImports;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** オープンデータから取り込む: upload, 取り込み内容の確認 (kept in the database), then apply all or nothing. */
@Controller
record ImportPages(ResourceImports imports, ResourceService resources, ReferenceData reference, FieldMessages messages) {

    @GetMapping("/map/{code}/import")
    String form(@PathVariable String code, @RequestParam(required = false) String tooLarge, Model model) {
        Municipality m = municipality(code);
        requireEditor(m);
        model.addAttribute("municipality", m);
        if (tooLarge != null) {
            model.addAttribute("error", messages.message("resourcemap.import.tooLarge", imports.maxBytes() / (1024 * 1024)));
        }
        return page(model);
    }

    @PostMapping("/map/{code}/import")
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String progress, Model model, HttpServletResponse response)
            throws IOException {
        Municipality m = municipality(code);
        requireEditor(m);
        model.addAttribute("municipality", m);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.message("resourcemap.import.empty"));
            return page(model);
        }
        if (file.getSize() > imports.maxBytes()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.message("resourcemap.import.tooLarge", imports.maxBytes() / (1024 * 1024)));
            return page(model);
        }
        try {
            String token = imports.preview(m.code().value(), file.getOriginalFilename(), file.getBytes(), progress);
            return "redirect:/map/imports/" + token;
        } catch (InvalidValueException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.message(e.messageKey(), e.arguments()));
            return page(model);
        }
    }

    @GetMapping("/map/imports/{token}")
    String preview(@PathVariable String token, Model model) {
        resources.requireEditorRole();
        ImportPreview preview = imports.show(token);
        model.addAttribute("preview", preview);
        model.addAttribute("municipality", municipality(preview.municipalityCode()));
        model.addAttribute("problemTexts", preview.problems().stream().map(p -> problemText(p)).toList());
        return "resourcemap/import-preview";
    }

    /**
     * Applies in one transaction, so the page cannot show a moving count: while it runs the button is disabled and
     * says so (app.js, data-busy-text); after it, the preview page shows the outcome. A second press or a second
     * node's apply finds the import taken (409) and says that nothing more was changed.
     */
    @PostMapping("/map/imports/{token}/apply")
    String apply(@PathVariable String token, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        resources.requireEditorRole();
        ResourceImports.Applied applied;
        try {
            applied = imports.apply(token);
        } catch (InvalidValueException e) {
            // A preview with problems is never applied: the same preview again, saying why.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return preview(token, model);
        } catch (ResourceChangedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("applyConflict", messages.message("resourcemap.import.applyConflict"));
            return preview(token, model);
        }
        redirect.addFlashAttribute("appliedOutcome",
                messages.message("resourcemap.import.appliedOutcome", applied.added(), applied.changed(), applied.unchanged()));
        return "redirect:/map/imports/" + token;
    }

    /** 行 37 列「緯度」: … — the line and column a person can find in the file. */
    private String problemText(ImportPreview.Problem p) {
        String message = messages.message(p.messageKey(), p.arguments().toArray());
        return p.line() == 0 ? message : messages.message("resourcemap.import.at", p.line(), p.column(), message);
    }

    /** The form, with a new import id each time, under which the reading reports its progress (ImportProgressApi). */
    private String page(Model model) {
        model.addAttribute("progressId", ImportProgresses.newId());
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        model.addAttribute("maxRows", imports.maxRows());
        return "resourcemap/import";
    }

    private void requireEditor(Municipality m) {
        if (!resources.canEdit(m.code().value())) {
            throw new AccessDeniedException("not an editor of " + m.code().value());
        }
    }

    private Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code))
                    .orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
