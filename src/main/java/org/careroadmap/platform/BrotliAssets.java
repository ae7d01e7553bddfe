package org.careroadmap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.jspecify.annotations.Nullable;

/**
 * The layout's stylesheets and scripts in brotli for browsers that accept it: about a fifth smaller than gzip,
 * and they are what a first visit over a slow municipal link waits for. Only fingerprinted names (the app's own
 * files, whose fingerprint must match their content, and WebJars under their release) are served so: their bytes
 * never change, so each is compressed once, at the highest quality, and kept; the set is the jar's few assets.
 * Everything else, and every client without {@code br}, gets what the resource handler and Tomcat's gzip give.
 * Runs after the security filters, so the usual security headers are set; Cache-Control comes from
 * {@link StaticAssetCaching}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class BrotliAssets extends OncePerRequestFilter {

    private static final Pattern OWN = Pattern.compile("^/(css|js)/([\\w/.-]+)-([0-9a-f]{32})\\.(css|js)$");
    private static final Pattern WEBJAR = Pattern.compile("^/webjars/[\\w.-]+/\\d[\\w.-]*/[\\w/.-]+\\.(css|js)$");
    private static final int LARGEST = 2 * 1024 * 1024;

    private final boolean available = Brotli4jLoader.isAvailable();
    /** Only paths whose file exists are kept, so the map is bounded by the assets in the jar. */
    private final Map<String, Optional<byte[]>> compressed = new ConcurrentHashMap<>();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return !available || !"GET".equals(request.getMethod()) || accepted == null || !accepted.contains("br");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String file = classpathFile(path);
        Optional<byte[]> bytes = file == null ? Optional.empty() : compressed(path, file);
        if (bytes.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType(MediaTypeFactory.getMediaType(path).map(MediaType::toString).orElse("application/octet-stream")
                + (path.endsWith(".css") || path.endsWith(".js") ? ";charset=UTF-8" : ""));
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    /** Where a fingerprinted address's file lies in the jar, or null: not such an address. */
    static @Nullable String classpathFile(String path) {
        Matcher own = OWN.matcher(path);
        if (own.matches()) {
            return "static/" + own.group(1) + "/" + own.group(2) + "." + own.group(4);
        }
        return WEBJAR.matcher(path).matches() && !path.contains("..") ? "META-INF/resources" + path : null;
    }

    private Optional<byte[]> compressed(String path, String file) throws IOException {
        Optional<byte[]> kept = compressed.get(path);
        if (kept != null) {
            return kept;
        }
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists() || resource.contentLength() > LARGEST) {
            return Optional.empty();
        }
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        }
        Matcher own = OWN.matcher(path);
        if (own.matches() && !own.group(3).equals(DigestUtils.md5DigestAsHex(content))) {
            return Optional.empty(); // a stale fingerprint: the resource handler answers 404 as before
        }
        Optional<byte[]> result = Optional.of(Encoder.compress(content, new Encoder.Parameters().setQuality(11)));
        compressed.put(path, result);
        return result;
    }
}
