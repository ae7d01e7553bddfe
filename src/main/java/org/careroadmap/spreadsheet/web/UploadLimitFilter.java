package org.careroadmap.spreadsheet.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.spreadsheet.SpreadsheetProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads multipart requests before the security filters do. An upload over the servlet's multipart limit
 * makes the container refuse to parse the request; if the CSRF check were the first to ask for a
 * parameter, that refusal would surface as a container error page. Here it becomes a clear answer: a 413
 * problem for the API, and for the screens a redirect back to the upload form, which says the file was
 * too large.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final String TOO_LARGE_PARAMETER = "tooLarge";

    private final FieldMessages messages;
    private final SpreadsheetProperties properties;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    UploadLimitFilter(FieldMessages messages, SpreadsheetProperties properties, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.properties = properties;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (tooLarge(e)) {
                refuse(request, response);
                return;
            }
            // Any other malformed multipart request is left to the usual handling.
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            // Before the DispatcherServlet, so the person's language is resolved here (cookie, ?lang=, default Japanese).
            LocaleContextHolder.setLocale(locale(request));
            String message = messages.message("xlsx.tooLarge", properties.maxUploadSizeText());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
            problem.setTitle(messages.message("error.status.413"));
            problem.setType(URI.create("about:blank"));
            problem.setInstance(URI.create(path));
            problem.setProperty("errors", List.of(Map.of("field", "file", "code", "xlsx.tooLarge", "message", message)));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        if (IMPORT_FORM.matcher(path).matches()) {
            // Back to the form the file came from (a GET of the same address), which explains the refusal.
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + path + "?" + TOO_LARGE_PARAMETER + "=1");
            return;
        }
        // Another module's upload form: no form of ours to return to, so the sentence itself.
        LocaleContextHolder.setLocale(locale(request));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(messages.message("spreadsheet.uploadTooLarge"));
    }

    /** The import forms, which show the refusal when opened with {@link #TOO_LARGE_PARAMETER}. */
    private static final java.util.regex.Pattern IMPORT_FORM = java.util.regex.Pattern.compile(
            "/roadmaps/(\\d+/import|import/[^/]+)|/map/\\d{6}/import");

    private java.util.Locale locale(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=") && pair.length() > 5) {
                    return java.util.Locale.forLanguageTag(pair.substring(5));
                }
            }
        }
        return locales.resolveLocale(request);
    }

    /** The container's size refusal, found by name: its exception types are not part of the servlet API. */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
                    || name.equals("MaxUploadSizeExceededException") || message.contains("exceeds the configured maximum")) {
                return true;
            }
        }
        return false;
    }
}
