package org.careroadmap.publication.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.Access;
import org.careroadmap.publication.PortalVersions;
import org.careroadmap.publication.PublicNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The caching rule and ETag of the pages {@link PortalPageCache} keeps (the portal's and the catalogue's), made
 * from their {@link PortalVersions token} before anything is built — the same tag whether a page is built or
 * served from memory — and the 304 when the reader's copy is current. Signed-in readers see their name in the
 * header: their copy may be kept by their browser only, under a tag of its own.
 */
@Component
class PublicPageTags {

    private final PortalVersions versions;
    private final Access access;

    PublicPageTags(PortalVersions versions, Access access) {
        this.versions = versions;
        this.access = access;
    }

    /** For {@code /public/{code}}; an address that is no prefecture's or municipality's is a 404. */
    boolean placeNotModified(String code, Locale locale, WebRequest request, HttpServletResponse response) {
        String token = versions.of(code).orElseThrow(() -> new PublicNotFoundException(code));
        return notModified("/public/" + code, token, locale, request, response);
    }

    /** For the catalogue's page and its DCAT. */
    boolean catalogueNotModified(String path, Locale locale, WebRequest request, HttpServletResponse response) {
        return notModified(path, versions.catalogue(), locale, request, response);
    }

    private boolean notModified(String path, String token, Locale locale, WebRequest request,
                                HttpServletResponse response) {
        boolean signedIn = access.signedIn();
        response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? "private, no-cache" : PortalPageCache.CACHE_CONTROL);
        return request.checkNotModified(PortalVersions.etag(path, locale, token, signedIn));
    }
}
