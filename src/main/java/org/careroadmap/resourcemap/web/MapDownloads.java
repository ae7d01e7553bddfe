package org.careroadmap.resourcemap.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.resourcemap.Booklet;
import org.careroadmap.resourcemap.ResourceExports;
import org.careroadmap.resourcemap.ResourceFilter;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public downloads of a municipality's map, all or the current filter: open-data CSV, GeoJSON and the booklet PDF. */
@Controller
class MapDownloads {

    private final ResourceExports exports;
    private final Booklet booklet;
    private final ReferenceData reference;

    MapDownloads(ResourceExports exports, Booklet booklet, ReferenceData reference) {
        this.exports = exports;
        this.booklet = booklet;
        this.reference = reference;
    }

    @GetMapping("/map/{code}/care_service.csv")
    ResponseEntity<byte[]> careServices(@PathVariable String code, @RequestParam Map<String, String> params) {
        return csv(code, "care_service", params);
    }

    @GetMapping("/map/{code}/hospital.csv")
    ResponseEntity<byte[]> hospitals(@PathVariable String code, @RequestParam Map<String, String> params) {
        return csv(code, "hospital", params);
    }

    private ResponseEntity<byte[]> csv(String code, String dataset, Map<String, String> params) {
        Municipality m = municipality(code);
        byte[] body = exports.csv(m.code().value(), dataset, ResourceFilter.parse(params).filter());
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8),
                ResourceExports.fileName(m.code().value(), dataset));
    }

    @GetMapping("/map/{code}/resources.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable String code, @RequestParam Map<String, String> params) {
        Municipality m = municipality(code);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        byte[] body = exports.geoJson(m.code().value(), ResourceFilter.parse(params).filter(), base);
        return download(body, MediaType.parseMediaType("application/geo+json"), m.code().value() + "_resources.geojson");
    }

    @GetMapping("/map/{code}/booklet.pdf")
    ResponseEntity<byte[]> bookletPdf(@PathVariable String code, @RequestParam Map<String, String> params) {
        Municipality m = municipality(code);
        byte[] body = booklet.pdf(m, ResourceFilter.parse(params).filter(), LocaleContextHolder.getLocale());
        return download(body, MediaType.APPLICATION_PDF, m.code().value() + "_resource_map.pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code))
                    .orElseThrow(() -> new ResourceNotFoundException("municipality " + code));
        } catch (InvalidValueException e) {
            throw new ResourceNotFoundException("municipality " + code);
        }
    }
}
