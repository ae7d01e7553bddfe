package org.careroadmap.publication.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The portal's prefecture and municipality pages ({@code /public/42}, {@code /public/422100}) as an
 * anonymous reader gets them, built once per address, language and {@link PortalVersions token} and then
 * served from memory (issue 13: building one ran the portal's queries and every section's for each
 * request). The token is read from the database on every request, so a publication saved on any node
 * shows at once; only this node's copy of the bytes is kept here, and nothing another node needs.
 * Signed-in readers (their name is in the header), requests with a session, a query string or a
 * conditional header go the normal way. Runs after Spring Security, so its headers are written as usual.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 11)
class PortalPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Portal-Cache";
    private static final Pattern PATH = Pattern.compile("/public/(\\d{2}|\\d{6})");
    private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since");

    /** The built pages by address, language and version; the least recently read goes first. */
    private final Map<String, KeptPage> kept;
    private final boolean enabled;
    private final PortalVersions versions;
    private final LocaleResolver locales;

    PortalPageCache(PortalVersions versions, LocaleResolver locales,
                    @Value("${app.publication.portal-cache.enabled:true}") boolean enabled,
                    @Value("${app.publication.portal-cache.size:256}") int size) {
        this.kept = leastRecentlyUsedFirst(size);
        this.enabled = enabled;
        this.versions = versions;
        this.locales = locales;
    }

    /** A page read as it is (no conditional request, no query string such as {@code ?lang=en}, which sets a cookie). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean plainGet = "GET".equals(request.getMethod()) && request.getQueryString() == null
                && Collections.list(request.getHeaderNames()).stream().noneMatch(h -> CONDITIONAL.contains(h.toLowerCase(Locale.ROOT)));
        return !(enabled && plainGet && PATH.matcher(request.getRequestURI()).matches());
    }

    private static Map<String, KeptPage> leastRecentlyUsedFirst(int size) {
        return new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, KeptPage> eldest) {
                return size() > size;
            }
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> version = Optional.empty();
        if ((who == null || who instanceof AnonymousAuthenticationToken) && request.getSession(false) == null) {
            Matcher path = PATH.matcher(request.getRequestURI());
            version = path.matches() ? versions.of(path.group(1)) : Optional.empty();
        }
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + '|' + locales.resolveLocale(request).toLanguageTag() + '|' + version.get();
        KeptPage page;
        synchronized (kept) {
            page = kept.get(key);
        }
        if (page != null) {
            page.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        capture.setHeader(HEADER, "miss");
        chain.doFilter(request, capture);
        KeptPage.of(capture).ifPresent(built -> {
            synchronized (kept) {
                kept.put(key, built);
            }
        });
        capture.copyBodyToResponse();
    }

    /** A built page's bytes and what a copy of it needs besides: type, language, ETag and caching rule. */
    private record KeptPage(byte[] body, String contentType, Locale language, String etag, String cacheControl) {

        /** Only a complete page that set no cookie (so carries nothing of one reader) is kept. */
        static Optional<KeptPage> of(ContentCachingResponseWrapper built) {
            if (built.getStatus() != 200 || built.getHeader("Set-Cookie") != null) {
                return Optional.empty();
            }
            return Optional.of(new KeptPage(built.getContentAsByteArray(), built.getContentType(), built.getLocale(),
                    built.getHeader("ETag"), built.getHeader("Cache-Control")));
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            response.setLocale(language);
            if (etag != null) {
                response.setHeader("ETag", etag);
            }
            if (cacheControl != null) {
                response.setHeader("Cache-Control", cacheControl);
            }
            response.setHeader(HEADER, "hit");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
