package org.careroadmap.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fingerprinted asset never changes under its name, so it is cached for a year without asking again
 * (slow municipal networks load the layout's CSS and scripts once). A plain name may change with the next
 * release, so it is revalidated every time. WebJars resolve to their release's address. Set before the handler runs, so Spring Security's default
 * {@code no-store} is not added to these responses.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaticAssetCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern FINGERPRINT = Pattern.compile("-[0-9a-f]{32}\\.[a-z0-9]+$");
    /** A WebJar's address names its release ({@code /webjars/htmx.org/2.0.10/...}): that content never changes either. */
    private static final Pattern WEBJAR_RELEASE = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean asset = path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
        return !asset || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean fingerprinted = FINGERPRINT.matcher(path).find() || WEBJAR_RELEASE.matcher(path).find();
        response.setHeader(HttpHeaders.CACHE_CONTROL, fingerprinted ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, response);
    }
}
