package org.careroadmap.roadmap.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.BearerTokens;
import org.careroadmap.platform.DeferredBearerToken;
import org.careroadmap.platform.KeptPublicReads;
import org.careroadmap.platform.KeptResponse;
import org.careroadmap.platform.KeptResponses;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.platform.StateReads;
import org.careroadmap.roadmap.ChartPanel;
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
 * A published roadmap as the public reads it — the chart page {@code /roadmaps/{id}} and the JSON
 * {@code /api/roadmaps/{id}} — is built once per roadmap version and language and then served from
 * memory until the roadmap changes. What an anonymous reader gets depends on nothing else: no
 * edit controls, no session, no CSRF token. Every request still asks the database for the
 * roadmap's current version and what the chart's panels show the public
 * ({@code ChartPanel#publicVersion}), in one statement (platform's StateReads), so a change saved through any
 * node is seen at once by every node, and an unpublished roadmap is never served from here. The keeping itself,
 * compressed bytes included, is platform's KeptResponses.
 *
 * <p>The JSON is the same for a reader signed in by a token or HTTP Basic, so such API calls are served from
 * here too (issue 16: a token call costs no more than an anonymous one). Signed-in people on the page,
 * requests that carry a session, a query string (e.g. {@code ?lang=en}, which also sets a cookie) or a
 * conditional header always go the normal way. Runs after Spring
 * Security, so security headers are written as for any response.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublishedPageCache extends OncePerRequestFilter implements KeptPublicReads {

    static final String HEADER = "X-Page-Cache";
    private static final Pattern PATH = Pattern.compile("/(?:api/)?roadmaps/(\\d{1,18})");
    private static final List<String> KEPT_HEADERS = List.of("ETag", "Cache-Control");

    private final StateReads stateReads;
    private final LocaleResolver locales;
    private final boolean enabled;
    private final KeptResponses<Key> pages;
    private final List<ChartPanel> panels;

    PublishedPageCache(StateReads stateReads, LocaleResolver locales, List<ChartPanel> panels,
                       @Value("${app.published-page-cache.enabled:true}") boolean enabled,
                       @Value("${app.published-page-cache.size:64}") int size) {
        this.stateReads = stateReads;
        this.locales = locales;
        this.panels = panels;
        this.enabled = enabled;
        this.pages = new KeptResponses<>(size, HEADER);
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
        Matcher path = PATH.matcher(request.getRequestURI());
        if (!sameAsPublic || request.getSession(false) != null || !path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        // A Bearer token on the JSON is checked in the same statement as the state: one look-up, as for the public.
        Optional<DeferredBearerToken> bearer = DeferredBearerToken.of(request);
        List<StateQuery> parts = state(Long.parseLong(path.group(1)));
        bearer.ifPresent(token -> parts.add(0, tokenCheck(token)));
        List<Object> answers = stateReads.answers(parts);
        String state = StateReads.joined(answers.subList(bearer.isPresent() ? 1 : 0, answers.size()));
        if (state == null) {
            if (bearer.isEmpty() || bearer.get().resolve(request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (bearer.isPresent() && !bearer.get().checked(request, response, answers.get(0))) {
            return;
        }
        serve(new Key(request.getRequestURI(), state, locales.resolveLocale(request).toLanguageTag()), request, response, chain);
    }

    private void serve(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeptResponse page = pages.get(key);
        if (page != null) {
            pages.replay(page, request, response, null);
            return;
        }
        pages.build(key, request, response, chain, built -> KeptResponse.whole(built, KEPT_HEADERS));
    }

    private static StateQuery tokenCheck(DeferredBearerToken token) {
        BearerTokens.CheckColumn check = token.checkColumn();
        return new StateQuery("SELECT " + check.sql(), check.params(), null);
    }

    /**
     * The roadmap's version while it is published (NULL otherwise: never served from here) and what the chart's panels
     * show the public (e.g. progress's published ratings), which changes without the roadmap: one statement.
     */
    private List<StateQuery> state(long roadmapId) {
        List<StateQuery> state = new ArrayList<>();
        state.add(StateQuery.of("SELECT version FROM roadmap WHERE id = ? AND status = 'PUBLISHED'", roadmapId));
        for (ChartPanel panel : panels) {
            StateQuery shown = panel.publicVersion(roadmapId);
            if (shown != null) {
                state.add(shown);
            }
        }
        return state;
    }

    private record Key(String path, String state, String language) {
    }
}
