package org.careroadmap.resourcemap.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.resourcemap.PrefectureKinds;
import org.careroadmap.resourcemap.ResourceKind;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kinds of resource a prefecture uses, as JSON: the national list plus the prefecture's own, which its
 * administrator extends. A code taken by an earlier kind is a 400 naming the field; the same code added twice
 * at once ends in a 409 for the second.
 */
@RestController
@Tag(name = "Resource map: keeping it true")
class KindApi {

    private final PrefectureKinds kinds;

    KindApi(PrefectureKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping("/api/prefectures/{prefecture}/resource-kinds")
    @Operation(summary = "Every kind the prefecture's municipalities may use (the prefecture's administrator)")
    List<ResourceKind> list(@PathVariable String prefecture) {
        return kinds.of(prefecture);
    }

    @GetMapping("/api/prefectures/{prefecture}/resource-kinds/{kind}")
    @Operation(summary = "One kind")
    ResourceKind kind(@PathVariable String prefecture, @PathVariable String kind) {
        return kinds.of(prefecture).stream().filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("kind " + kind));
    }

    @PostMapping("/api/prefectures/{prefecture}/resource-kinds")
    @Operation(summary = "Add a kind for the prefecture",
            description = "{code (a-z, 0-9, -), name, nameEn, dataset (hospital, care_service, other), position}; "
                    + "201 with Location; 400 problem details per field; 409 when the same code was added meanwhile")
    ResponseEntity<ResourceKind> add(@PathVariable String prefecture, @RequestBody(required = false) PrefectureKinds.Input body) {
        ResourceKind added = kinds.add(prefecture, body == null ? new PrefectureKinds.Input(null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/prefectures/" + prefecture + "/resource-kinds/" + added.code()))
                .body(added);
    }
}
