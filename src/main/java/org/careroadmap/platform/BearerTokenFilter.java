package org.careroadmap.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;
import org.jspecify.annotations.Nullable;

/**
 * Signs API requests in by {@code Authorization: Bearer <token>}: one indexed look-up, no bcrypt. A header that
 * does not authenticate is a 401 — never a fall-back to the session cookie, which is what lets the API skip the
 * CSRF check for requests carrying credentials. A read-only token may only read (GET, HEAD, OPTIONS; else 403).
 * The sign-in lasts for the request only: no session is made or changed.
 */
class BearerTokenFilter implements Filter {

    private final BearerTokens tokens;
    private final AuthenticationEntryPoint unauthorized;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Supplier<List<KeptPublicReads>> keepers;

    BearerTokenFilter(BearerTokens tokens, AuthenticationEntryPoint unauthorized, MessageSource messages,
                      LocaleResolver locales, Supplier<List<KeptPublicReads>> keepers) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
        this.messages = messages;
        this.locales = locales;
        this.keepers = keepers;
    }

    static boolean isBearer(@Nullable String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * A plain filter, not a {@code OncePerRequestFilter}: it acts on the first (REQUEST) dispatch only, which is all
     * the once-per-request guard gave, without setting and removing its marker attribute on every token call; and
     * it reads the header once — each read through Spring Security's firewall checks the whole value again.
     */
    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String header = request.getDispatcherType() == DispatcherType.REQUEST && isApi(request)
                ? request.getHeader("Authorization") : null;
        if (header == null || !isBearer(header)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        // A read whose answer is the same for every reader: its keeper checks the token along with its version read.
        if (!token.isEmpty() && isRead(request.getMethod())
                && keepers.get().stream().anyMatch(keeper -> keeper.keepsForEveryReader(request))) {
            DeferredBearerToken.defer(request, token, this);
            chain.doFilter(request, response);
            return;
        }
        if (signIn(token, request, response)) {
            chain.doFilter(request, response);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/", request.getContextPath().length());
    }

    /** Signs the request in with the token; false (the answer sent: 401, or 403 for a write by a read-only token) if not. */
    boolean signIn(String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TokenAuthentication> authentication = token.isEmpty() ? Optional.empty() : tokens.authenticate(token);
        if (authentication.isEmpty()) {
            unauthorized(request, response);
            return false;
        }
        if (authentication.get().readOnly() && !isRead(request.getMethod())) {
            forbidden(request, response);
            return false;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        return true;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        try {
            unauthorized.commence(request, response, new BadCredentialsException("unknown token"));
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }

    BearerTokens tokens() {
        return tokens;
    }

    private static boolean isRead(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Before the DispatcherServlet: the person's language from ?lang=, the cookie, else Japanese.
        String lang = request.getParameter("lang");
        Locale locale = lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang) : locales.resolveLocale(request);
        String title = messages.getMessage("token.readOnly.title", null, locale);
        String detail = messages.getMessage("token.readOnly.detail", null, locale);
        response.setStatus(403);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", 403);
        problem.put("title", title);
        problem.put("detail", detail);
        // Written by Jackson, as every other error body, so a message with quotes stays valid JSON.
        SecurityConfiguration.PROBLEM_WRITER.writeValue(response.getWriter(), problem);
    }
}
