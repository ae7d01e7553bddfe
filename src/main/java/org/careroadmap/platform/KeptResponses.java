package org.careroadmap.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * What the page caches share (the roadmap's PublishedPageCache, {@link PersonalPageCache}, publication's
 * PortalPageCache): responses built once and kept in this node's memory, the least recently read dropped first.
 * Only the bytes are kept here; each cache's key holds the state it read from the database for this request, so a
 * change saved through any node makes a new key at once on every node, and nothing another node needs lives here.
 *
 * @param <K> the key: whatever the response depends on, its state included
 */
public final class KeptResponses<K> {

    private final Map<K, KeptResponse> kept;
    private final String header;

    /** At most {@code size} responses; {@code header} says "hit" or "miss" on each response. */
    public KeptResponses(int size, String header) {
        this.header = header;
        this.kept = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, KeptResponse> eldest) {
                return size() > size;
            }
        };
    }

    /** The response kept for the key, or null. */
    public @Nullable KeptResponse get(K key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** Sends a kept response, {@code between} between its parts. */
    public void replay(KeptResponse response, HttpServletRequest request, HttpServletResponse servletResponse,
                       byte @Nullable [] between) throws IOException {
        response.replay(request, servletResponse, header, between);
    }

    /**
     * Builds the response the normal way into memory, keeps what {@code keep} makes of it (null: nothing) and sends it.
     */
    public void build(K key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                      Function<ContentCachingResponseWrapper, KeptResponse> keep) throws IOException, ServletException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        capture.setHeader(header, "miss");
        chain.doFilter(request, capture);
        KeptResponse built = KeptResponse.keepable(capture) ? keep.apply(capture) : null;
        if (built != null) {
            synchronized (kept) {
                kept.put(key, built);
            }
        }
        capture.copyBodyToResponse();
    }
}
