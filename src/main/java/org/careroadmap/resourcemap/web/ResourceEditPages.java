package org.careroadmap.resourcemap.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.Municipality;
import org.careroadmap.resourcemap.ContentFields;
import org.careroadmap.resourcemap.DuplicateSourceIdException;
import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceChangedException;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

/** The municipality editor's forms: add, change, confirm and remove a resource, and its history. */
@Controller
class ResourceEditPages {

    private final ResourceService resources;
    private final ResourceForm form;
    private final FieldMessages messages;

    ResourceEditPages(ResourceService resources, ResourceForm form, FieldMessages messages) {
        this.resources = resources;
        this.form = form;
        this.messages = messages;
    }

    @GetMapping("/map/{code}/resources/new")
    String newResource(@PathVariable String code, Model model) {
        Municipality m = municipality(code);
        requireEditor(m);
        Map<String, String> fields = new HashMap<>();
        fields.put("sourceId", ResourceService.newSourceId());
        return form(m, null, fields, Map.of(), false, model);
    }

    @PostMapping("/map/{code}/resources")
    String create(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        Municipality m = municipality(code);
        requireEditor(m);
        ContentFields.Parsed parsed = ContentFields.parse(fields(params));
        if (parsed.content() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, null, params, messages.byField(parsed.problems()), false, model);
        }
        if (!kindKnown(m, parsed.content().kindCode())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, null, params, Map.of("kind", messages.message("resourcemap.kind.unknown", parsed.content().kindCode())), false, model);
        }
        try {
            long id = resources.create(m.code().value(), parsed.content());
            return "redirect:/map/resources/" + id + "?saved";
        } catch (org.careroadmap.platform.InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, null, params, messages.byField(e.problems()), false, model);
        } catch (DuplicateSourceIdException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(m, null, params, Map.of("sourceId", messages.message("resourcemap.sourceId.duplicate")), false, model);
        }
    }

    @GetMapping("/map/resources/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        resources.requireEditorRole();
        Resource r = resources.get(id);
        Municipality m = municipality(r.municipalityCode());
        requireEditor(m);
        Map<String, String> fields = new HashMap<>(ContentFields.of(r.content()));
        fields.put("version", Long.toString(r.version()));
        return form(m, r, fields, Map.of(), false, model);
    }

    @PostMapping("/map/resources/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        resources.requireEditorRole();
        Resource r = resources.get(id);
        Municipality m = municipality(r.municipalityCode());
        requireEditor(m);
        ContentFields.Parsed parsed = ContentFields.parse(fields(params));
        if (parsed.content() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, r, params, messages.byField(parsed.problems()), false, model);
        }
        if (!kindKnown(m, parsed.content().kindCode())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, r, params, Map.of("kind", messages.message("resourcemap.kind.unknown", parsed.content().kindCode())), false, model);
        }
        try {
            resources.update(id, version(params), parsed.content());
        } catch (org.careroadmap.platform.InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(m, r, params, messages.byField(e.problems()), false, model);
        } catch (DuplicateSourceIdException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(m, r, params, Map.of("sourceId", messages.message("resourcemap.sourceId.duplicate")), false, model);
        } catch (ResourceChangedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(m, r, params, Map.of(), true, model);
        }
        return "redirect:/map/resources/" + id + "?saved";
    }

    @PostMapping("/map/resources/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String version) {
        resources.requireEditorRole();
        resources.confirm(id, parseVersion(version));
        return "redirect:/map/resources/" + id + "?confirmed";
    }

    @PostMapping("/map/resources/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String version) {
        resources.requireEditorRole();
        Resource r = resources.get(id);
        resources.delete(id, parseVersion(version));
        return "redirect:/map/" + r.municipalityCode() + "?deleted";
    }

    @GetMapping("/map/resources/{id}/history")
    String history(@PathVariable long id, Model model) {
        List<?> entries = resources.history(id);
        Resource r = resources.get(id);
        model.addAttribute("resource", r);
        model.addAttribute("entries", entries);
        return "resourcemap/history";
    }

    private String form(Municipality m, @Nullable Resource existing, Map<String, String> fields, Map<String, String> errors,
                        boolean conflict, Model model) {
        return form.show(new ResourceForm.State(m, existing, fields, errors, conflict, false), model);
    }

    private boolean kindKnown(Municipality m, String kind) {
        return form.kindKnown(m, kind);
    }

    private static Map<String, String> fields(Map<String, String> params) {
        return ResourceForm.fields(params);
    }

    private static long version(Map<String, String> params) {
        return parseVersion(params.get("version"));
    }

    static long parseVersion(@Nullable String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new ResourceChangedException("no version");
        }
    }

    private void requireEditor(Municipality m) {
        if (!resources.canEdit(m.code().value())) {
            throw new AccessDeniedException("not an editor of " + m.code().value());
        }
    }

    private Municipality municipality(String code) {
        return form.municipality(code);
    }
}
