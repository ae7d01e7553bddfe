package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.careroadmap.publication.Catalogue;
import org.careroadmap.publication.Portal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.jspecify.annotations.Nullable;

/**
 * {@code /sitemap.xml}: the public pages search engines should find — the entry pages, every prefecture
 * with municipalities, every municipality with a published roadmap and each published chart, with the
 * date it was last published.
 */
@Controller
class Sitemap {

    private final Portal portal;
    private final Catalogue catalogue;

    Sitemap(Portal portal, Catalogue catalogue) {
        this.portal = portal;
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> sitemap() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : new String[] {"/", "/public", "/opendata", "/accessibility"}) {
            url(xml, base + path, null);
        }
        for (var prefecture : portal.prefectures()) {
            url(xml, base + "/public/" + prefecture.code(), null);
        }
        for (Catalogue.Dataset d : catalogue.datasets()) {
            if (d.code().length() == 6) {
                url(xml, base + d.landingPage(), d.modified());
            }
            d.distributions().stream().filter(f -> f.path().endsWith("/chart.pdf"))
                    .forEach(f -> url(xml, base + f.path().replace("/public/roadmaps/", "/roadmaps/").replace("/chart.pdf", ""),
                            d.modified()));
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void url(StringBuilder xml, String loc, @Nullable Instant modified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc, "UTF-8")).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.atZone(java.time.ZoneOffset.UTC).toLocalDate()).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
