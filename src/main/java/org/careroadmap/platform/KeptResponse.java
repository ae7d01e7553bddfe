package org.careroadmap.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response built once and kept in memory ({@link KeptResponses}): its body in parts, between which each request
 * puts its own text (a session's CSRF token; one part when there is none), what a copy needs besides (type,
 * language, chosen headers) and the parts compressed once ({@link GzipParts}), sent to clients that accept gzip.
 */
public record KeptResponse(List<byte[]> parts, String contentType, @Nullable Locale locale, Map<String, String> headers,
                           @Nullable GzipParts gzip) {

    /** Compressing less saves nothing worth the work (as Tomcat's {@code server.compression.min-response-size}). */
    private static final int MIN_COMPRESSED = 1024;
    private static final byte[] NOTHING = {};

    public KeptResponse {
        parts = List.copyOf(parts);
        headers = Map.copyOf(headers);
    }

    /** Whether a built response may be kept at all: complete, and without a cookie (which is one reader's). */
    public static boolean keepable(ContentCachingResponseWrapper built) {
        return built.getStatus() == HttpServletResponse.SC_OK && built.getHeader("Set-Cookie") == null
                && built.getContentType() != null;
    }

    /** The built response in these parts, with the named headers it set. */
    public static KeptResponse of(ContentCachingResponseWrapper built, List<byte[]> parts, List<String> keptHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : keptHeaders) {
            String value = built.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String type = built.getContentType();
        // Pages carry their language (Content-Language); JSON does not.
        Locale locale = type.startsWith("text/html") ? built.getLocale() : null;
        int length = parts.stream().mapToInt(p -> p.length).sum();
        return new KeptResponse(parts, type, locale, headers, length < MIN_COMPRESSED ? null : new GzipParts(parts));
    }

    /** The built response as it is, in one part. */
    public static KeptResponse whole(ContentCachingResponseWrapper built, List<String> keptHeaders) {
        return of(built, List.of(built.getContentAsByteArray()), keptHeaders);
    }

    /** Sends a copy, {@code between} between the parts (null when there is one part), marked as a hit in {@code header}. */
    public void replay(HttpServletRequest request, HttpServletResponse response, String header, byte @Nullable [] between)
            throws IOException {
        byte[] text = between == null ? NOTHING : between;
        response.setContentType(contentType);
        if (locale != null) {
            response.setLocale(locale);
        }
        headers.forEach(response::setHeader);
        response.setHeader(header, "hit");
        response.setHeader("Vary", "Accept-Encoding");
        OutputStream out = response.getOutputStream();
        if (gzip != null && text.length <= 0xffff && acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            String etag = response.getHeader("ETag");
            if (etag != null && !etag.startsWith("W/")) {
                response.setHeader("ETag", "W/" + etag); // another encoding of the same page, as Tomcat marks it
            }
            response.setContentLength(gzip.length(text.length));
            gzip.writeTo(out, parts, text);
            return;
        }
        response.setContentLength(parts.stream().mapToInt(p -> p.length).sum() + text.length * (parts.size() - 1));
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(text);
            }
            out.write(parts.get(i));
        }
    }

    /**
     * Whether the reader takes gzip: "gzip" listed as a coding of its own and not refused with q=0 (in any spelling:
     * "gzip; q=0.0"), so "gzip;q=0.5" is taken and "x-gzip" alone is not.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
