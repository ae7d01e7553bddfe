package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.Access;
import org.careroadmap.publication.AccessibilityReport;
import org.careroadmap.publication.Catalogue;
import org.careroadmap.publication.Portal;
import org.careroadmap.publication.PublicNotFoundException;
import org.careroadmap.publication.PublicationSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public portal's pages: {@code /public} (the prefectures), {@code /public/42} (a prefecture),
 * {@code /public/422100} (a municipality), the accessibility page and the sitemap. Anyone may read
 * them; they show published versions only, whoever is signed in. Pages carry an ETag of what they
 * show, so browsers and proxies revalidate cheaply.
 */
@Controller
class PortalPages {

    private final Portal portal;
    private final Catalogue catalogue;
    private final AccessibilityReport accessibility;
    private final PublicationSettings settings;
    private final Access access;
    private final org.careroadmap.publication.PublicDates dates = new org.careroadmap.publication.PublicDates();
    private final org.springframework.context.MessageSource messages;

    PortalPages(Portal portal, Catalogue catalogue, AccessibilityReport accessibility, PublicationSettings settings,
                Access access, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.portal = portal;
        this.catalogue = catalogue;
        this.accessibility = accessibility;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("prefectures", portal.prefectures());
        model.addAttribute("pageDescription", messages.getMessage("publication.meta.index", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "publication/index";
    }

    @GetMapping("/public/{code}")
    String place(@PathVariable String code, Locale locale, WebRequest request, HttpServletResponse response, Model model) {
        if (code.matches("\\d{2}")) {
            Portal.PrefecturePage page = portal.prefecture(code, locale);
            if (notModified(request, response, page.tag(), page.lastPublished(), page.asOf())) {
                return null;
            }
            model.addAttribute("page", page);
            model.addAttribute("license", settings);
            String name = "en".equals(locale.getLanguage()) ? page.prefecture().nameEn() : page.prefecture().name();
            model.addAttribute("pageDescription", messages.getMessage("publication.meta.prefecture",
                    new Object[] {name, dates.asOf(page.asOf())}, locale));
            return "publication/prefecture";
        }
        if (code.matches("\\d{6}")) {
            Portal.MunicipalityPage page = portal.municipality(code, locale);
            if (notModified(request, response, page.tag(), page.lastPublished(), page.asOf())) {
                return null;
            }
            model.addAttribute("page", page);
            model.addAttribute("license", settings);
            String name = "en".equals(locale.getLanguage()) ? page.municipality().nameEn() : page.municipality().name();
            model.addAttribute("pageDescription", messages.getMessage("publication.meta.municipality",
                    new Object[] {name, page.municipality().code().value(), dates.asOf(page.asOf())}, locale));
            return "publication/municipality";
        }
        throw new PublicNotFoundException(code);
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("result", accessibility.result().orElse(null));
        model.addAttribute("pageDescription", messages.getMessage("publication.meta.a11y", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "publication/accessibility";
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

    private static void url(StringBuilder xml, String loc, Instant modified) {
        xml.append("  <url><loc>").append(org.springframework.web.util.HtmlUtils.htmlEscape(loc, "UTF-8")).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.atZone(java.time.ZoneOffset.UTC).toLocalDate()).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /**
     * Answers 304 when the reader's copy is current. The page also says what day it is as of, so it
     * counts as modified at the start of today at the latest. Signed-in readers see their name in the
     * header: their copy may be kept by their browser only.
     */
    private boolean notModified(WebRequest request, HttpServletResponse response, String tag, Instant lastPublished,
                                LocalDate asOf) {
        long startOfDay = asOf.atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant().toEpochMilli();
        long modified = lastPublished == null ? startOfDay : Math.max(startOfDay, lastPublished.toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, access.signedIn() ? "private, no-cache" : "public, no-cache");
        return request.checkNotModified("\"" + tag + (access.signedIn() ? "-s" : "") + "\"", modified);
    }
}
