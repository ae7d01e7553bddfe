package org.careroadmap.platform;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything reads them, query and form parameters holding characters no database or sheet keeps
 * (NUL and the other control characters, see {@link PlainText}). On PostgreSQL {@code history?person=%00} was a
 * 500 that wrote the text into the ERROR log; a user name with NUL reached the sign-in query the same way. The API
 * answers 400 problem details naming the parameter; pages get the 400 error page. Multipart uploads are left to
 * their own checks (their parameters are files). JSON bodies are checked field by field by the inputs themselves.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

    private final FieldMessages messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ControlCharacterFilter(FieldMessages messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = refusedParameter(request);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        LocaleContextHolder.setLocale(locale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.message("error.invalid.detail"));
        problem.setTitle(messages.message("error.invalid.title"));
        problem.setType(URI.create("about:blank"));
        problem.setInstance(URI.create(path));
        problem.setProperty("errors", List.of(Map.of("field", PlainText.xmlSafe(refused), "code", "text.controlCharacters",
                "message", messages.message("text.controlCharacters"))));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The first parameter whose name or a value holds a refused character, else null. */
    private static @Nullable String refusedParameter(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            return null; // unreadable parameters are the usual handling's to refuse
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PlainText.holdsOnlyXmlCharacters(parameter.getKey())) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.holdsOnlyXmlCharacters(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang) : locales.resolveLocale(request);
    }
}
