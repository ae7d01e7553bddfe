package org.careroadmap.resourcemap.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.MapSettings;
import org.careroadmap.resourcemap.QrCode;
import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceFilter;
import org.careroadmap.resourcemap.ResourceKind;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.resourcemap.ResourceScope;
import org.careroadmap.resourcemap.ResourceService;
import org.careroadmap.roadmap.PrefectureChoice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public resource map: a search whose filters all live in the address (a plain GET form, so it works with
 * no script and a shared link shows the same list), the list with addresses and phone numbers, the map beside
 * it, and one page per resource.
 */
@Controller
class MapPages {

    private final ResourceService resources;
    private final ReferenceData reference;
    private final PrefectureChoice prefectures;
    private final MapSettings settings;
    private final FieldMessages messages;

    MapPages(ResourceService resources, ReferenceData reference, PrefectureChoice prefectures, MapSettings settings,
             FieldMessages messages) {
        this.resources = resources;
        this.reference = reference;
        this.prefectures = prefectures;
        this.settings = settings;
        this.messages = messages;
    }

    /** The whole prefecture (the reader's own, or the only one), with links to each municipality's map. */
    @GetMapping("/map")
    String prefectureMap(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        List<Prefecture> available = prefectures.available();
        Optional<Prefecture> chosen = prefectures.choose(params.get("prefecture"), available);
        Prefecture prefecture = chosen.orElse(available.isEmpty() ? null : available.get(0));
        if (prefecture == null) {
            throw new ResourceNotFoundException("prefecture");
        }
        model.addAttribute("prefecture", prefecture);
        List<Municipality> municipalities = reference.municipalitiesOf(prefecture.code());
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("municipalityNames", municipalityNames(municipalities));
        return list(new ResourceScope(prefecture.code()), null, params, model, response);
    }

    @GetMapping("/map/{code}")
    String municipalityMap(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                           HttpServletResponse response) {
        Municipality municipality = municipality(code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("canEdit", resources.canEdit(municipality.code().value()));
        return list(new ResourceScope(municipality.code().value()), municipality, params, model, response);
    }

    private String list(ResourceScope scope, Municipality municipality, Map<String, String> params, Model model,
                        HttpServletResponse response) {
        ResourceFilter.Parsed parsed = ResourceFilter.parse(params);
        if (!parsed.problems().isEmpty()) {
            // The list still shows what the readable filters find; the refused part is named above it.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", messages.byField(parsed.problems()));
        }
        ResourceFilter filter = parsed.filter();
        ResourceService.Listed found = resources.list(scope, filter);
        List<ResourceKind> kinds = resources.kinds(scope.prefectureCode());
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("kinds", kinds);
        model.addAttribute("kindNames", kindNames(kinds));
        model.addAttribute("services", resources.services(scope));
        model.addAttribute("areas", resources.areas(scope.code()));
        model.addAttribute("weekdays", org.careroadmap.resourcemap.WeeklyHours.SHORT_NAMES);
        model.addAttribute("today", resources.today());
        model.addAttribute("settings", settings);
        model.addAttribute("queryString", filter.queryString());
        model.addAttribute("listLimit", ResourceService.LIST_LIMIT);
        return "resourcemap/map";
    }

    @GetMapping("/map/resources/{id}")
    String resource(@PathVariable long id, Model model) {
        Resource resource = resources.get(id);
        String code = resource.municipalityCode();
        model.addAttribute("resource", resource);
        model.addAttribute("c", resource.content());
        model.addAttribute("municipality", municipality(code));
        List<ResourceKind> kinds = resources.kinds(code.substring(0, 2));
        model.addAttribute("kindNames", kindNames(kinds));
        model.addAttribute("weekdays", org.careroadmap.resourcemap.WeeklyHours.SHORT_NAMES);
        model.addAttribute("today", resources.today());
        model.addAttribute("settings", settings);
        model.addAttribute("canEdit", resources.canEdit(code));
        model.addAttribute("areas", resources.areas(code));
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/map/resources/{id}").build(id).toString();
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("qr", QrCode.svg(pageUrl, messages.message("resourcemap.resource.qr", resource.content().name())));
        return "resourcemap/resource";
    }

    private Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code))
                    .orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
    }

    static Map<String, ResourceKind> kindNames(List<ResourceKind> kinds) {
        Map<String, ResourceKind> names = new java.util.LinkedHashMap<>();
        kinds.forEach(k -> names.put(k.code(), k));
        return names;
    }

    private static Map<String, Municipality> municipalityNames(List<Municipality> municipalities) {
        Map<String, Municipality> names = new java.util.HashMap<>();
        municipalities.forEach(m -> names.put(m.code().value(), m));
        return names;
    }
}
