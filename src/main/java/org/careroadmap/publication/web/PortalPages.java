package org.careroadmap.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.publication.Portal;
import org.careroadmap.publication.PortalVersions;
import org.careroadmap.publication.PublicDates;
import org.careroadmap.publication.PublicationSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.jspecify.annotations.Nullable;

/**
 * The public portal's pages: {@code /public} (the prefectures), {@code /public/42} (a prefecture) and
 * {@code /public/422100} (a municipality). Anyone may read
 * them; they show published versions only, whoever is signed in. Pages carry an ETag of their
 * {@link PortalVersions token}, known before the page is built, so a revalidation costs one keyed query.
 */
@Controller
class PortalPages {

    private final Portal portal;
    private final PublicationSettings settings;
    private final PageDescriptions descriptions;
    private final PublicPageTags tags;
    private final PublicDates dates = new PublicDates();

    PortalPages(Portal portal, PublicationSettings settings, PageDescriptions descriptions, PublicPageTags tags) {
        this.portal = portal;
        this.tags = tags;
        this.settings = settings;
        this.descriptions = descriptions;
    }

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("prefectures", portal.prefectures());
        descriptions.describe(model, "publication.meta.index");
        return "publication/index";
    }

    @GetMapping("/public/{code}")
    @Nullable String place(@PathVariable String code, Locale locale, WebRequest request, HttpServletResponse response, Model model) {
        if (tags.placeNotModified(code, locale, request, response)) {
            return null;
        }
        model.addAttribute("license", settings);
        return PrefectureCode.isValid(code) ? prefecture(code, locale, response, model) : municipality(code, locale, response, model);
    }

    private String prefecture(String code, Locale locale, HttpServletResponse response, Model model) {
        Portal.PrefecturePage page = portal.prefecture(code, locale);
        lastModified(response, page.lastPublished(), page.asOf());
        model.addAttribute("page", page);
        String name = "en".equals(locale.getLanguage()) ? page.prefecture().nameEn() : page.prefecture().name();
        descriptions.describe(model, "publication.meta.prefecture", name, dates.asOf(page.asOf()));
        return "publication/prefecture";
    }

    private String municipality(String code, Locale locale, HttpServletResponse response, Model model) {
        Portal.MunicipalityPage page = portal.municipality(code, locale);
        lastModified(response, page.lastPublished(), page.asOf());
        model.addAttribute("page", page);
        String name = "en".equals(locale.getLanguage()) ? page.municipality().nameEn() : page.municipality().name();
        descriptions.describe(model, "publication.meta.municipality", name, page.municipality().code().value(),
                dates.asOf(page.asOf()));
        return "publication/municipality";
    }

    /**
     * Last-Modified, once the page is built (the ETag, known before, is what readers revalidate with). The page
     * also says what day it is as of, so it counts as modified at the start of today at the latest.
     */
    private static void lastModified(HttpServletResponse response, @Nullable Instant lastPublished, LocalDate asOf) {
        long startOfDay = asOf.atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant().toEpochMilli();
        long modified = lastPublished == null ? startOfDay : Math.max(startOfDay, lastPublished.toEpochMilli());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, modified);
    }
}
