package org.careroadmap.resourcemap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.resourcemap.MapBounds;
import org.careroadmap.resourcemap.MapQuery;
import org.careroadmap.resourcemap.MarkerSearch;
import org.careroadmap.resourcemap.ResourceScope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The markers of a map page, while the list shows one page of the filtered set: the page's script reads them from
 * here (the address is on the map element), first the whole set, then, where that was more than one answer
 * carries, the part in view ({@code bbox=west,south,east,north}) each time the map settles. Each marker is
 * {@code [id, lat, lng, name]}. A filter or a box that cannot be read is a 400 problem detail here.
 */
@RestController
@Tag(name = "Resource map")
class MapMarkers {

    private static final String DESCRIPTION = "each marker is [id, latitude, longitude, name], at most "
            + MarkerSearch.LIMIT + " (limit); truncated = there are more: zoom in. bbox=west,south,east,north (degrees) "
            + "keeps those in view; without it, a truncated answer also has extent [south, west, north, east] of the whole set";

    private final MarkerSearch search;
    private final MapPlaces places;

    MapMarkers(MarkerSearch search, MapPlaces places) {
        this.search = search;
        this.places = places;
    }

    @GetMapping("/map/markers")
    @Operation(summary = "Markers of a prefecture's map", description = "prefecture=42 and the filters of /map; " + DESCRIPTION)
    MarkerSearch.ViewMarkers prefecture(@RequestParam Map<String, String> params) {
        return markers(new ResourceScope(places.prefecture(params.get("prefecture")).code()), params);
    }

    @GetMapping("/map/{code}/markers")
    @Operation(summary = "Markers of a municipality's map", description = "the filters of /map/{code}; " + DESCRIPTION)
    MarkerSearch.ViewMarkers municipality(@PathVariable String code, @RequestParam Map<String, String> params) {
        return markers(new ResourceScope(places.municipality(code).code().value()), params);
    }

    private MarkerSearch.ViewMarkers markers(ResourceScope scope, Map<String, String> params) {
        MapQuery asked = MapQuery.parse(params);
        List<FieldProblem> problems = new ArrayList<>(asked.problems());
        @Nullable MapBounds view = null;
        String bbox = params.get("bbox");
        if (bbox != null) {
            try {
                view = MapBounds.parse(bbox);
            } catch (InvalidValueException e) {
                problems.add(FieldProblem.of("bbox", e));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return search.markers(scope, asked.filter(), view);
    }
}
