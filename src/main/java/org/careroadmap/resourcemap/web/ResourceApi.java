package org.careroadmap.resourcemap.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.resourcemap.ImportPreview;
import org.careroadmap.resourcemap.ResourceFilter;
import org.careroadmap.resourcemap.ResourceImports;
import org.careroadmap.resourcemap.ResourcePage;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The resource map as JSON: the public search with the same filters as {@code /map}, one resource, and the import. */
@RestController
@Tag(name = "Resource map", description = "在宅・医療介護資源マップ")
class ResourceApi {

    private final ResourceService resources;
    private final ResourceImports imports;

    ResourceApi(ResourceService resources, ResourceImports imports) {
        this.resources = resources;
        this.imports = imports;
    }

    /** One page: {@code count} resources here, {@code truncated} = there are more (the Link header's next page). */
    record ResourceList(int count, boolean truncated, int page, int size, List<ResourceJson> resources) {
    }

    @GetMapping("/api/resources")
    @Operation(summary = "Search resources, one page at a time", description = "municipality=422100 or prefecture=42, "
            + "and the filters of /map: q, kind, service, area, day (mon…sun), time (HH:mm), night, h24, eol, stale (1 = on); "
            + "page (from 1, at most " + ResourcePage.MAX_NUMBER + ") and size (default " + ResourcePage.DEFAULT_SIZE
            + ", at most " + ResourcePage.MAX_SIZE + "). The Link header names the first, prev and next pages; "
            + "truncated = there is a next page")
    ResponseEntity<ResourceList> search(@RequestParam Map<String, String> params) {
        ResourceFilter.Parsed parsed = ResourceFilter.parse(params);
        String municipality = params.get("municipality");
        String prefecture = params.get("prefecture");
        String scope = municipality != null ? municipality : prefecture;
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        if (scope == null || !scope.matches("\\d{2}|\\d{6}")) {
            problems.add(0, new FieldProblem("municipality", "resourcemap.api.scope", List.of()));
        }
        int number = read(problems, "page", () -> ResourcePage.number(params.get("page")));
        int size = read(problems, "size", () -> ResourcePage.size(params.get("size")));
        if (!problems.isEmpty() || scope == null) {
            throw new InvalidInputException(problems);
        }
        ResourcePage page = new ResourcePage(number, size);
        ResourceService.Found found = resources.search(scope, parsed.filter(), page);
        return ResponseEntity.ok().header(HttpHeaders.LINK, PageLinks.of(page, found.hasNext()))
                .body(new ResourceList(found.resources().size(), found.hasNext(), number, size,
                        found.resources().stream().map(ResourceJson::of).toList()));
    }

    /** The number {@code reader} finds, or 1 with its problem added to {@code problems}. */
    private static int read(List<FieldProblem> problems, String field, IntSupplier reader) {
        try {
            return reader.getAsInt();
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(field, e));
            return 1;
        }
    }

    @GetMapping("/api/resources/{id}")
    @Operation(summary = "One resource with every field")
    ResourceJson resource(@PathVariable long id) {
        return ResourceJson.of(resources.get(id));
    }

    @PostMapping("/api/municipalities/{code}/resources/import")
    @Operation(summary = "Preview importing an open-data CSV (multipart field file); nothing is saved")
    ResponseEntity<ImportPreview> preview(@PathVariable String code, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        resources.requireEditorRole();
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("resourcemap.import.empty");
        }
        String token = imports.preview(code, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.show(token));
    }

    @GetMapping("/api/resource-imports/{token}")
    @Operation(summary = "Show an import preview")
    ImportPreview showImport(@PathVariable String token) {
        resources.requireEditorRole();
        return imports.show(token);
    }

    @PostMapping("/api/resource-imports/{token}")
    @Operation(summary = "Apply an import preview, all or nothing (409 if applied or changed meanwhile)")
    ResourceImports.Applied applyImport(@PathVariable String token) {
        resources.requireEditorRole();
        return imports.apply(token);
    }
}
