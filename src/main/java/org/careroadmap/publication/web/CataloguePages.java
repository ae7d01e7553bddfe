package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.careroadmap.publication.Catalogue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The data catalogue: the page {@code /opendata} for people, DCAT in JSON-LD for the national and
 * prefectural catalogue sites to harvest, and the Atom feed of publications; each names its license.
 */
@Controller
class CataloguePages {

    private final Catalogue catalogue;
    private final PageDescriptions descriptions;

    CataloguePages(Catalogue catalogue, PageDescriptions descriptions) {
        this.catalogue = catalogue;
        this.descriptions = descriptions;
    }

    @GetMapping("/opendata")
    String catalogue(Model model) {
        model.addAttribute("datasets", catalogue.datasets());
        model.addAttribute("license", catalogue.license());
        descriptions.describe(model, "publication.meta.catalogue");
        return "publication/catalogue";
    }

    @GetMapping("/opendata/catalog.jsonld")
    ResponseEntity<Map<String, Object>> dcat() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, license())
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .body(catalogue.dcat(base()));
    }

    @GetMapping("/opendata/feed.atom")
    ResponseEntity<byte[]> feed() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, license())
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(catalogue.atom(base()).getBytes(StandardCharsets.UTF_8));
    }

    private String license() {
        return "<" + catalogue.license().licenseUrl() + ">; rel=\"license\"";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
