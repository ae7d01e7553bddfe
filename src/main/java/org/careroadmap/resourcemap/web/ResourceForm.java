package org.careroadmap.resourcemap.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.ContentFields;
import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceKind;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.resourcemap.ResourceService;
import org.careroadmap.resourcemap.WeeklyHours;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.jspecify.annotations.Nullable;

/**
 * The resource form as the editor (add, change) and a provider (propose a change) fill it in: the same
 * fields, choices and error display; {@code proposal} switches the heading, the target and the hints.
 */
@Component
class ResourceForm {

    private final ResourceService resources;
    private final ReferenceData reference;

    ResourceForm(ResourceService resources, ReferenceData reference) {
        this.resources = resources;
        this.reference = reference;
    }

    /** What the page shows: the resource (null for a new one), the typed values and the problems per field. */
    record State(Municipality municipality, @Nullable Resource existing, Map<String, String> fields, Map<String, String> errors,
                 boolean conflict, boolean proposal) {
    }

    String show(State state, Model model) {
        Municipality m = state.municipality();
        List<ResourceKind> kinds = resources.kinds(m.code().value().substring(0, 2));
        model.addAttribute("municipality", m);
        model.addAttribute("resource", state.existing());
        model.addAttribute("f", state.fields());
        // One service per line in the form; the file and the database separate them with ;.
        String services = state.fields().get("services");
        model.addAttribute("servicesText", services == null ? "" : services.replace(";", "\n"));
        model.addAttribute("errors", state.errors());
        model.addAttribute("conflict", state.conflict());
        model.addAttribute("proposal", state.proposal());
        model.addAttribute("kinds", kinds);
        model.addAttribute("weekdays", WeeklyHours.SHORT_NAMES);
        model.addAttribute("areas", resources.areas(m.code().value()));
        return "resourcemap/form";
    }

    boolean kindKnown(Municipality m, String kind) {
        return resources.kinds(m.code().value().substring(0, 2)).stream().anyMatch(k -> k.code().equals(kind));
    }

    /** Only the resource's own fields are read from the form; checkboxes not sent are "no". */
    static Map<String, String> fields(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : ContentFields.names()) {
            fields.put(key, params.get(key));
        }
        return fields;
    }

    Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code))
                    .orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
    }
}
