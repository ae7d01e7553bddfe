package org.careroadmap.resourcemap.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.resourcemap.MapQuery;
import org.careroadmap.resourcemap.MapSearch;
import org.careroadmap.resourcemap.ResourceScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The markers of a map page's whole filtered set, while the list shows one page of it: the page's script reads them
 * from here (the address is on the map element), so the map is whole however the list is paged. Each marker is
 * {@code [id, lat, lng, name]}. A filter the page could not read is a 400 problem detail here.
 */
@RestController
@Tag(name = "Resource map")
class MapMarkers {

    private final MapSearch search;
    private final MapPlaces places;

    MapMarkers(MapSearch search, MapPlaces places) {
        this.search = search;
        this.places = places;
    }

    @GetMapping("/map/markers")
    @Operation(summary = "Markers of a prefecture's map", description = "prefecture=42 and the filters of /map; "
            + "each marker is [id, latitude, longitude, name], at most " + MapSearch.MARKER_LIMIT + " (truncated says more)")
    MapSearch.Markers prefecture(@RequestParam Map<String, String> params) {
        return markers(new ResourceScope(places.prefecture(params.get("prefecture")).code()), params);
    }

    @GetMapping("/map/{code}/markers")
    @Operation(summary = "Markers of a municipality's map", description = "the filters of /map/{code}, as /map/markers")
    MapSearch.Markers municipality(@PathVariable String code, @RequestParam Map<String, String> params) {
        return markers(new ResourceScope(places.municipality(code).code().value()), params);
    }

    private MapSearch.Markers markers(ResourceScope scope, Map<String, String> params) {
        MapQuery asked = MapQuery.parse(params);
        if (!asked.problems().isEmpty()) {
            throw new InvalidInputException(asked.problems());
        }
        return search.markers(scope, asked.filter());
    }
}
