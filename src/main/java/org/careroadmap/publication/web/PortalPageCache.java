package org.careroadmap.publication.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.KeptResponse;
import org.careroadmap.platform.KeptResponses;
import org.careroadmap.publication.PortalVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The portal's pages ({@code /public/42}, {@code /public/422100}) and the data catalogue ({@code /opendata},
 * {@code /opendata/catalog.jsonld}) as an anonymous reader gets them, built once per address, language and
 * {@link PortalVersions token} and then served from memory (platform's {@link KeptResponses}, as the roadmap's
 * public pages), gzipped once. The token is one keyed row read on
 * every request (issue 13: a kept request cost a query per portal section before), so a publication saved on
 * any node shows at once; only this node's copy of the bytes is kept here, nothing another node needs. A reader
 * whose copy is current ({@code If-None-Match}) gets a 304 before anything is built or looked up in memory.
 * Signed-in readers (their name is in the header), requests with a session or a query string go the normal way.
 * Runs after Spring Security, so its headers are written as usual.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 11)
class PortalPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Portal-Cache";
    static final String CACHE_CONTROL = "public, no-cache";
    private static final Pattern PORTAL = Pattern.compile("/public/(\\d{2}|\\d{6})");
    private static final Pattern CATALOGUE = Pattern.compile("/opendata(?:/catalog\\.jsonld)?");

    /** What a kept copy carries besides its bytes, type and language (Content-Language). */
    private static final List<String> KEPT_HEADERS = List.of("ETag", "Last-Modified", "Cache-Control");

    /** The built pages by address, language, host and version; the least recently read goes first. */
    private final KeptResponses<String> pages;
    private final boolean enabled;
    private final PortalVersions versions;
    private final LocaleResolver locales;

    PortalPageCache(PortalVersions versions, LocaleResolver locales,
                    @Value("${app.publication.portal-cache.enabled:true}") boolean enabled,
                    @Value("${app.publication.portal-cache.size:256}") int size) {
        this.pages = new KeptResponses<>(size, HEADER);
        this.enabled = enabled;
        this.versions = versions;
        this.locales = locales;
    }

    /** A page read as it is (no query string such as {@code ?lang=en}, which sets a cookie). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !(PORTAL.matcher(path).matches() || CATALOGUE.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> token = anonymous(request) ? token(path) : Optional.empty();
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String etag = PortalVersions.etag(path, locales.resolveLocale(request), token.get(), false);
        if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader(HEADER, "not-modified");
            return;
        }
        // Pages name their own absolute address (the catalogue's DCAT, canonical links): one copy per host.
        String key = request.getScheme() + "://" + request.getServerName() + ':' + request.getServerPort() + '|' + etag;
        KeptResponse page = pages.get(key);
        if (page != null) {
            pages.replay(page, request, response, null);
            return;
        }
        pages.build(key, request, response, chain, built -> KeptResponse.whole(built, KEPT_HEADERS));
    }

    private static boolean anonymous(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return (who == null || who instanceof AnonymousAuthenticationToken) && request.getSession(false) == null;
    }

    private Optional<String> token(String path) {
        Matcher portal = PORTAL.matcher(path);
        if (portal.matches()) {
            return versions.of(portal.group(1));
        }
        return Optional.of(versions.catalogue());
    }
}
