package org.careroadmap.roadmap.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A published roadmap as the public reads it — the chart page {@code /roadmaps/{id}} and the JSON
 * {@code /api/roadmaps/{id}} — is built once per roadmap version and language and then served from
 * memory until the roadmap changes. What an anonymous reader gets depends on nothing else: no
 * edit controls, no session, no CSRF token. Every request still asks the database for the
 * roadmap's current version (one indexed lookup) and what the chart's panels show the public
 * ({@code ChartPanel#publicVersion}), so a change saved through any node is seen at once by every
 * node, and an unpublished roadmap is never served from here.
 *
 * <p>The JSON is the same for a reader signed in by a token or HTTP Basic, so such API calls are served from
 * here too (issue 16: a token call costs no more than an anonymous one). Signed-in people on the page,
 * requests that carry a session, a query string (e.g. {@code ?lang=en}, which also sets a cookie) or a
 * conditional header always go the normal way. Runs after Spring
 * Security, so security headers are written as for any response.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublishedPageCache extends OncePerRequestFilter implements org.careroadmap.platform.KeptPublicReads {

    static final String HEADER = "X-Page-Cache";
    private static final Pattern PATH = Pattern.compile("/(?:api/)?roadmaps/(\\d{1,18})");
    private static final List<String> KEPT_HEADERS = List.of("ETag", "Cache-Control");

    private final JdbcClient jdbc;
    private final LocaleResolver locales;
    private final boolean enabled;
    private final Map<Key, Page> pages;
    private final List<org.careroadmap.roadmap.ChartPanel> panels;

    PublishedPageCache(JdbcClient jdbc, LocaleResolver locales, List<org.careroadmap.roadmap.ChartPanel> panels,
                       @Value("${app.published-page-cache.enabled:true}") boolean enabled,
                       @Value("${app.published-page-cache.size:64}") int size) {
        this.jdbc = jdbc;
        this.locales = locales;
        this.panels = panels;
        this.enabled = enabled;
        this.pages = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
                return size() > size;
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader("If-None-Match") != null || request.getHeader("If-Modified-Since") != null
                || !PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    public boolean keepsForEveryReader(HttpServletRequest request) {
        return !shouldNotFilter(request) && request.getRequestURI().startsWith("/api/")
                && request.getRequestedSessionId() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && !(who instanceof AnonymousAuthenticationToken);
        // A published roadmap's JSON is the same for every reader (no controls, no CSRF token), so an API call
        // signed in by a token or Basic, without a session, is served the public's copy; the page is not.
        boolean sameAsPublic = !signedIn || request.getRequestURI().startsWith("/api/");
        if (!sameAsPublic || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        Matcher path = PATH.matcher(request.getRequestURI());
        path.matches();
        // A Bearer token on the JSON is checked in the same query as the version: one look-up, as for the public.
        var bearer = org.careroadmap.platform.DeferredBearerToken.of(request);
        var check = bearer.map(org.careroadmap.platform.DeferredBearerToken::checkColumn)
                .orElse(new org.careroadmap.platform.BearerTokens.CheckColumn("CAST(NULL AS INTEGER)", List.of()));
        List<Object> params = new java.util.ArrayList<>(check.params());
        params.add(Long.parseLong(path.group(1)));
        Object[] row = jdbc.sql("SELECT version, " + check.sql() + " FROM roadmap WHERE id = ? AND status = 'PUBLISHED'")
                .params(params).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2)}).optional().orElse(null);
        if (row == null) {
            if (bearer.isEmpty() || bearer.get().resolve(request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (bearer.isPresent() && !bearer.get().checked(request, response, row[1])) {
            return;
        }
        long version = (Long) row[0];
        Key key = new Key(request.getRequestURI(), version, panelVersions(Long.parseLong(path.group(1))),
                locales.resolveLocale(request).toLanguageTag());
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null) {
            response.setContentType(page.contentType());
            if (page.locale() != null) {
                response.setLocale(page.locale());
            }
            page.headers().forEach(response::setHeader);
            response.setHeader(HEADER, "hit");
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        capture.setHeader(HEADER, "miss");
        chain.doFilter(request, capture);
        if (capture.getStatus() == 200 && capture.getHeader("Set-Cookie") == null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = capture.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            String type = capture.getContentType();
            // Pages carry their language (Content-Language); the JSON does not.
            java.util.Locale language = type != null && type.startsWith("text/html") ? capture.getLocale() : null;
            synchronized (pages) {
                pages.put(key, new Page(capture.getContentAsByteArray(), type, language, headers));
            }
        }
        capture.copyBodyToResponse();
    }

    /** What the chart's panels show the public (e.g. progress's published ratings) changes without the roadmap. */
    private String panelVersions(long roadmapId) {
        StringBuilder versions = new StringBuilder();
        for (org.careroadmap.roadmap.ChartPanel panel : panels) {
            String version = panel.publicVersion(roadmapId);
            if (version != null) {
                versions.append(panel.name()).append('=').append(version).append('/');
            }
        }
        return versions.toString();
    }

    private record Key(String path, long version, String panels, String language) {
    }

    private record Page(byte[] body, String contentType, java.util.Locale locale, Map<String, String> headers) {
    }
}
