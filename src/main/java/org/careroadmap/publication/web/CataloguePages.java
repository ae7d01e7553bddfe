package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.publication.Catalogue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The data catalogue: the page {@code /opendata} for people, DCAT in JSON-LD for the national and
 * prefectural catalogue sites to harvest, and the Atom feed of publications; each names its license.
 * The page and the DCAT are kept in memory per version by {@link PortalPageCache} and carry its ETag
 * ({@link PublicPageTags}).
 */
@Controller
class CataloguePages {

    private final Catalogue catalogue;
    private final PageDescriptions descriptions;
    private final PublicPageTags tags;

    CataloguePages(Catalogue catalogue, PageDescriptions descriptions, PublicPageTags tags) {
        this.catalogue = catalogue;
        this.descriptions = descriptions;
        this.tags = tags;
    }

    @GetMapping("/opendata")
    @Nullable String catalogue(Model model, Locale locale, WebRequest request, HttpServletResponse response) {
        if (tags.catalogueNotModified("/opendata", locale, request, response)) {
            return null;
        }
        model.addAttribute("datasets", catalogue.datasets());
        model.addAttribute("license", catalogue.license());
        descriptions.describe(model, "publication.meta.catalogue");
        return "publication/catalogue";
    }

    @GetMapping("/opendata/catalog.jsonld")
    @Nullable ResponseEntity<Map<String, Object>> dcat(Locale locale, WebRequest request, HttpServletResponse response) {
        if (tags.catalogueNotModified("/opendata/catalog.jsonld", locale, request, response)) {
            return null;
        }
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
