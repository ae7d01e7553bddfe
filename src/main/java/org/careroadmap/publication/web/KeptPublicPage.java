package org.careroadmap.publication.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A public page as built once: its bytes, what a copy of it needs besides (type, language, ETag, Last-Modified,
 * caching rule) and, made on the first request that accepts it, its gzip form — so the compression is done
 * once per page and version, not by the server for every request.
 */
final class KeptPublicPage {

    private final byte[] body;
    private final @Nullable String contentType;
    private final @Nullable Locale language;
    private final @Nullable String etag;
    private final @Nullable String lastModified;
    private final @Nullable String cacheControl;
    /** Made on the first request that accepts gzip, then kept. */
    private volatile byte @Nullable [] gzipped;

    private KeptPublicPage(byte[] body, @Nullable String contentType, @Nullable Locale language, @Nullable String etag,
                           @Nullable String lastModified, @Nullable String cacheControl) {
        this.body = body;
        this.contentType = contentType;
        this.language = language;
        this.etag = etag;
        this.lastModified = lastModified;
        this.cacheControl = cacheControl;
    }

    /** Only a complete page that set no cookie (so carries nothing of one reader) is kept. */
    static Optional<KeptPublicPage> of(ContentCachingResponseWrapper built) {
        if (built.getStatus() != 200 || built.getHeader("Set-Cookie") != null) {
            return Optional.empty();
        }
        String type = built.getContentType();
        // Pages carry their language (Content-Language); the JSON-LD does not.
        Locale language = type != null && type.startsWith("text/html") ? built.getLocale() : null;
        return Optional.of(new KeptPublicPage(built.getContentAsByteArray(), type, language, built.getHeader("ETag"),
                built.getHeader("Last-Modified"), built.getHeader("Cache-Control")));
    }

    void writeTo(HttpServletResponse response, boolean gzip) throws IOException {
        response.setContentType(contentType);
        if (language != null) {
            response.setLocale(language);
        }
        setIfKnown(response, "Last-Modified", lastModified);
        setIfKnown(response, "Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader(PortalPageCache.HEADER, "hit");
        byte[] bytes = body;
        if (gzip) {
            bytes = gzipped();
            response.setHeader("Content-Encoding", "gzip");
            // As the server does for what it compresses: the compressed copy is the same page, not the same bytes.
            setIfKnown(response, "ETag", etag == null || etag.startsWith("W/") ? etag : "W/" + etag);
        } else {
            setIfKnown(response, "ETag", etag);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private byte[] gzipped() {
        byte[] done = gzipped;
        if (done == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = out.toByteArray();
            gzipped = done;
        }
        return done;
    }

    private static void setIfKnown(HttpServletResponse response, String name, @Nullable String value) {
        if (value != null) {
            response.setHeader(name, value);
        }
    }
}
