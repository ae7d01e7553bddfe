package org.careroadmap.resourcemap.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.resourcemap.MapQuery;
import org.careroadmap.resourcemap.MapSearch;
import org.careroadmap.resourcemap.MarkerSearch;
import org.careroadmap.resourcemap.QrCode;
import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceFilter;
import org.careroadmap.resourcemap.ResourceKind;
import org.careroadmap.resourcemap.ResourceScope;
import org.careroadmap.resourcemap.ResourceService;
import org.careroadmap.resourcemap.WeeklyHours;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public resource map: a search whose filters all live in the address (a plain GET form, so it works with
 * no script and a shared link shows the same list), one page of the list (fifty lines, the page number in the
 * address too) with addresses and phone numbers, the map beside it whose markers are the whole filtered set
 * ({@link MapMarkers}), and one page per resource. The tile settings reach the pages as
 * the bean {@code @mapSettings} (th:with in the templates), not a model attribute of every controller. A record:
 * nothing here needs a proxy, as the other proxy-free controllers.
 */
@Controller
record MapPages(ResourceService resources, MapSearch search, MapPlaces places, FieldMessages messages) {

    /** The whole prefecture (the reader's own, or the only one), with links to each municipality's map. */
    @GetMapping("/map")
    String prefectureMap(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Prefecture prefecture = places.prefecture(params.get("prefecture"));
        model.addAttribute("prefecture", prefecture);
        model.addAttribute("areas", Map.of());
        return list(new ResourceScope(prefecture.code()), params, model, response);
    }

    @GetMapping("/map/{code}")
    String municipalityMap(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                           HttpServletResponse response) {
        Municipality municipality = places.municipality(code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("canEdit", resources.canEdit(municipality.code().value()));
        model.addAttribute("areas", resources.areas(municipality.code().value()));
        return list(new ResourceScope(municipality.code().value()), params, model, response);
    }

    private String list(ResourceScope scope, Map<String, String> params, Model model, HttpServletResponse response) {
        MapQuery asked = MapQuery.parse(params);
        if (!asked.problems().isEmpty()) {
            // The list still shows what the readable filters find; the refused part is named above it.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", messages.byField(asked.problems()));
        }
        ResourceFilter filter = asked.filter();
        MapSearch.MapView view = search.view(scope, filter, asked.page());
        places.check(scope.prefectureCode(), view.state());
        placeNames(scope, model);
        model.addAttribute("filter", filter);
        model.addAttribute("found", view.listed());
        model.addAttribute("kinds", view.kinds());
        model.addAttribute("kindNames", kindNames(view.kinds()));
        model.addAttribute("services", view.services());
        model.addAttribute("weekdays", WeeklyHours.SHORT_NAMES);
        model.addAttribute("today", resources.today());
        model.addAttribute("queryString", filter.queryString());
        model.addAttribute("links", MapLinks.of(scope, filter, view.listed()));
        model.addAttribute("markerLimit", MarkerSearch.LIMIT);
        return "resourcemap/map";
    }

    /** The place's names, read after the state check so that a renamed municipality shows on this very request. */
    private void placeNames(ResourceScope scope, Model model) {
        if (scope.municipality()) {
            model.addAttribute("municipality", places.municipality(scope.code()));
        } else {
            List<Municipality> municipalities = places.municipalitiesOf(scope.code());
            model.addAttribute("municipalities", municipalities);
            model.addAttribute("municipalityNames", municipalityNames(municipalities));
        }
    }

    @GetMapping("/map/resources/{id}")
    String resource(@PathVariable long id, Model model) {
        Resource resource = resources.get(id);
        String code = resource.municipalityCode();
        model.addAttribute("resource", resource);
        model.addAttribute("c", resource.content());
        model.addAttribute("municipality", places.municipality(code));
        model.addAttribute("kindNames", kindNames(resources.kinds(code.substring(0, 2))));
        model.addAttribute("weekdays", WeeklyHours.SHORT_NAMES);
        model.addAttribute("today", resources.today());
        model.addAttribute("canEdit", resources.canEdit(code));
        model.addAttribute("areas", resources.areas(code));
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/map/resources/{id}").build(id).toString();
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("qr", QrCode.svg(pageUrl, messages.message("resourcemap.resource.qr", resource.content().name())));
        return "resourcemap/resource";
    }

    static Map<String, ResourceKind> kindNames(List<ResourceKind> kinds) {
        Map<String, ResourceKind> names = new LinkedHashMap<>();
        kinds.forEach(k -> names.put(k.code(), k));
        return names;
    }

    private static Map<String, Municipality> municipalityNames(List<Municipality> municipalities) {
        Map<String, Municipality> names = new HashMap<>();
        municipalities.forEach(m -> names.put(m.code().value(), m));
        return names;
    }
}
