package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.Access;
import org.careroadmap.publication.Catalogue;
import org.careroadmap.publication.PortalVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The data catalogue: the page {@code /opendata} for people, DCAT in JSON-LD for the national and
 * prefectural catalogue sites to harvest, and the Atom feed of publications; each names its license.
 * The page and the DCAT are kept in memory per version by {@link PortalPageCache} and carry its ETag.
 */
@Controller
class CataloguePages {

    private final Catalogue catalogue;
    private final PageDescriptions descriptions;
    private final PortalVersions versions;
    private final Access access;

    CataloguePages(Catalogue catalogue, PageDescriptions descriptions, PortalVersions versions, Access access) {
        this.catalogue = catalogue;
        this.descriptions = descriptions;
        this.versions = versions;
        this.access = access;
    }

    @GetMapping("/opendata")
    String catalogue(Model model, Locale locale, WebRequest request, HttpServletResponse response) {
        if (notModified("/opendata", locale, request, response)) {
            return null;
        }
        model.addAttribute("datasets", catalogue.datasets());
        model.addAttribute("license", catalogue.license());
        descriptions.describe(model, "publication.meta.catalogue");
        return "publication/catalogue";
    }

    @GetMapping("/opendata/catalog.jsonld")
    ResponseEntity<Map<String, Object>> dcat(Locale locale, WebRequest request, HttpServletResponse response) {
        if (notModified("/opendata/catalog.jsonld", locale, request, response)) {
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

    /**
     * The ETag of the catalogue's {@link PortalVersions#catalogue() token}, known before anything is built (the
     * same as when {@link PortalPageCache} serves it from memory), and a 304 when the reader's copy is current.
     */
    private boolean notModified(String path, Locale locale, WebRequest request, HttpServletResponse response) {
        boolean signedIn = access.signedIn();
        response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? "private, no-cache" : PortalPageCache.CACHE_CONTROL);
        return request.checkNotModified(PortalVersions.etag(path, locale, versions.catalogue(), signedIn));
    }

    private String license() {
        return "<" + catalogue.license().licenseUrl() + ">; rel=\"license\"";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
