package org.careroadmap.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.jspecify.annotations.Nullable;

/**
 * The pages staff open all day (the chart, the item editor, the history, the versions list) built
 * once per person, language and state of what they show ({@link PersonalPage#version}, read from
 * the database on every request, so every node sees a change at once), then served from memory.
 * Building a 40-item chart with Thymeleaf was two thirds of a signed-in request's time (JFR,
 * 2026-11-30); serving it from here costs one statement: the page's state and every {@link PersonalState},
 * read together ({@link StateReads}), and no compression ({@link KeptResponse} keeps the page compressed).
 *
 * <p>What differs between two requests of one person is the CSRF token in the page's forms: it is
 * kept as a placeholder and each request's own token goes in when the page is sent. A page is kept
 * only when every token in it is this request's, so no page ever carries another session's token.
 * The key holds the whole actor (name, role, prefecture, municipality): one person's controls are
 * never shown to another.
 *
 * <p>Browsers revalidate: the page carries {@code Cache-Control: private, no-cache} and an ETag made
 * from the same key and the session, without building anything, so an unchanged page costs a 304.
 * Tomcat weakens the ETag of a compressed response, so If-None-Match is compared weakly.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PersonalPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Page-Cache";
    /** A longer query string is never kept (each one is a key of its own). */
    private static final int MAX_KEPT_QUERY = 200;
    static final String CACHE_CONTROL = "private, no-cache";
    private static final String PLACEHOLDER = "\u0000csrf\u0000";
    private static final String CSRF_FIELD = "name=\"_csrf\" value=\"";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    /** One digest per thread: looking the algorithm up for every request costs more than hashing. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final List<Entry> pagesByPath = new ArrayList<>();
    private final List<PersonalState> states;
    private final StateReads stateReads;
    private final LocaleResolver locales;
    private final boolean enabled;
    private final KeptResponses<Key> pages;

    PersonalPageCache(List<PersonalPage> personalPages, List<PersonalState> states, StateReads stateReads,
                      LocaleResolver locales, @Value("${app.personal-page-cache.enabled:true}") boolean enabled,
                      @Value("${app.personal-page-cache.size:128}") int size) {
        personalPages.forEach(p -> pagesByPath.add(new Entry(PathPatternParser.defaultInstance.parse(p.path()), p)));
        this.states = states;
        this.stateReads = stateReads;
        this.locales = locales;
        this.enabled = enabled;
        this.pages = new KeptResponses<>(size, HEADER);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !"GET".equals(request.getMethod()) || request.getRequestedSessionId() == null
                || (request.getQueryString() != null && request.getQueryString().length() > MAX_KEPT_QUERY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        String etag = etag(key, request);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            revalidated(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        KeptResponse page = pages.get(key);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (page != null && (csrf != null || page.parts().size() == 1)) {
            revalidated(response, etag);
            pages.replay(page, request, response, csrf == null ? null : csrf.getToken().getBytes(StandardCharsets.UTF_8));
            return;
        }
        pages.build(key, request, response, chain, built -> {
            if (!built.getContentType().startsWith("text/html")) {
                return null;
            }
            revalidated(built, etag);
            return page(built, csrf);
        });
    }

    /** Only a page that may be kept gets an ETag (an error page must not be revalidated as unchanged). */
    private static void revalidated(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
    }

    /** The key of a page that may be kept, or null: not such a page, not signed in, a notice pending, state unknown. */
    private @Nullable Key key(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !(who.getPrincipal() instanceof ActorPrincipal principal)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(FLASH_MAPS) != null) {
            return null;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Entry entry : pagesByPath) {
            PathPattern.PathMatchInfo match = entry.pattern().matchAndExtract(path);
            if (match != null) {
                if (!onlyNamedParameters(request, entry.page())) {
                    return null;
                }
                String state = state(entry.page(), match.getUriVariables(), principal.actor());
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                return state == null ? null : new Key(request.getRequestURI() + query, state,
                        locales.resolveLocale(request).toLanguageTag(), principal.actor());
            }
        }
        return null;
    }

    /** No query string, or one that names only parameters the page declares, each once (e.g. a sort order). */
    private static boolean onlyNamedParameters(HttpServletRequest request, PersonalPage page) {
        if (request.getQueryString() == null) {
            return true;
        }
        Map<String, String[]> parameters = request.getParameterMap();
        return !parameters.isEmpty() && page.queryParameters().containsAll(parameters.keySet())
                && parameters.values().stream().allMatch(values -> values.length == 1);
    }

    /** The page's own state and every person's state, read in one statement; null when one of them cannot tell. */
    private @Nullable String state(PersonalPage page, Map<String, String> pathVariables, Actor actor) {
        List<StateQuery> own = page.state(pathVariables);
        if (own == null) {
            return null;
        }
        List<StateQuery> all = new ArrayList<>(own);
        states.forEach(personal -> all.add(personal.state(actor)));
        return stateReads.read(all);
    }

    /** The body split at this request's CSRF token; null when the page holds a token that is not this request's. */
    private static @Nullable KeptResponse page(ContentCachingResponseWrapper built, @Nullable CsrfToken csrf) {
        String html = new String(built.getContentAsByteArray(), StandardCharsets.UTF_8);
        String token = csrf == null ? null : csrf.getToken();
        for (int at = html.indexOf(CSRF_FIELD); at >= 0; at = html.indexOf(CSRF_FIELD, at + 1)) {
            int start = at + CSRF_FIELD.length();
            if (token == null || !html.startsWith(token + "\"", start)) {
                return null;
            }
        }
        if (html.contains(PLACEHOLDER)) {
            return null;
        }
        String[] split = token == null ? new String[] {html} : html.replace(token, PLACEHOLDER).split(PLACEHOLDER, -1);
        List<byte[]> parts = new ArrayList<>();
        for (String part : split) {
            parts.add(part.getBytes(StandardCharsets.UTF_8));
        }
        return KeptResponse.of(built, parts, List.of());
    }
    /**
     * Changes with the page's state and the browser's cookies: the session and the CSRF token's cookie, whose
     * token the page's forms carry (a new sign-in or a new token, so a new page).
     */
    private static String etag(Key key, HttpServletRequest request) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        Actor actor = key.actor();
        for (String part : new String[] {key.path(), key.state(), key.language(), actor.username(),
                String.valueOf(actor.role()), actor.prefectureCode(), actor.municipalityCode(), request.getHeader("Cookie")}) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
    }

    /** Weak comparison (RFC 9110 13.1.2): Tomcat's compression turns {@code "x"} into {@code W/"x"}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private record Entry(PathPattern pattern, PersonalPage page) {
    }

    private record Key(String path, String state, String language, Actor actor) {
    }

}
