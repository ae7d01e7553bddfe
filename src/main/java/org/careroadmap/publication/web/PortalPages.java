package org.careroadmap.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.Access;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.publication.Portal;
import org.careroadmap.publication.PublicDates;
import org.careroadmap.publication.PublicNotFoundException;
import org.careroadmap.publication.PublicationSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public portal's pages: {@code /public} (the prefectures), {@code /public/42} (a prefecture) and
 * {@code /public/422100} (a municipality). Anyone may read
 * them; they show published versions only, whoever is signed in. Pages carry an ETag of what they
 * show, so browsers and proxies revalidate cheaply.
 */
@Controller
class PortalPages {

    private final Portal portal;
    private final PublicationSettings settings;
    private final Access access;
    private final PageDescriptions descriptions;
    private final PublicDates dates = new PublicDates();

    PortalPages(Portal portal, PublicationSettings settings, Access access, PageDescriptions descriptions) {
        this.portal = portal;
        this.settings = settings;
        this.access = access;
        this.descriptions = descriptions;
    }

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("prefectures", portal.prefectures());
        descriptions.describe(model, "publication.meta.index");
        return "publication/index";
    }

    @GetMapping("/public/{code}")
    String place(@PathVariable String code, Locale locale, WebRequest request, HttpServletResponse response, Model model) {
        if (PrefectureCode.isValid(code)) {
            Portal.PrefecturePage page = portal.prefecture(code, locale);
            if (notModified(request, response, page.tag(), page.lastPublished(), page.asOf())) {
                return null;
            }
            model.addAttribute("page", page);
            model.addAttribute("license", settings);
            String name = "en".equals(locale.getLanguage()) ? page.prefecture().nameEn() : page.prefecture().name();
            descriptions.describe(model, "publication.meta.prefecture", name, dates.asOf(page.asOf()));
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
            descriptions.describe(model, "publication.meta.municipality", name, page.municipality().code().value(),
                    dates.asOf(page.asOf()));
            return "publication/municipality";
        }
        throw new PublicNotFoundException(code);
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
