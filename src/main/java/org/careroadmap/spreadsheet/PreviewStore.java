package org.careroadmap.spreadsheet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Import previews waiting for confirmation, in memory, under unguessable tokens. A preview expires after
 * {@code app.spreadsheet.preview-ttl}; beyond {@code app.spreadsheet.max-previews} the oldest is dropped.
 * A token is used once: taking it removes it, so a preview cannot be applied twice. A preview is found
 * only by the person who made it.
 */
@Component
class PreviewStore {

    private final Map<String, ImportPreview> previews = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final SpreadsheetProperties properties;
    private final Clock clock;

    PreviewStore(SpreadsheetProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    ImportPreview hold(ImportPreview preview) {
        evict();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ImportPreview held = preview.withToken(token, clock.instant().plus(properties.previewTtl()));
        previews.put(token, held);
        return held;
    }

    Optional<ImportPreview> find(String token, String owner) {
        ImportPreview preview = token == null ? null : previews.get(token);
        if (preview == null || expired(preview, clock.instant()) || !preview.owner().equals(owner)) {
            return Optional.empty();
        }
        return Optional.of(preview);
    }

    Optional<ImportPreview> take(String token, String owner) {
        Optional<ImportPreview> preview = find(token, owner);
        // remove(key, value): of two simultaneous confirmations, only one gets the preview.
        return preview.filter(p -> previews.remove(token, p));
    }

    private void evict() {
        Instant now = clock.instant();
        previews.values().removeIf(p -> expired(p, now));
        while (previews.size() >= properties.maxPreviews()) {
            previews.values().stream().min(Comparator.comparing(ImportPreview::expiresAt))
                    .ifPresent(oldest -> previews.remove(oldest.token()));
        }
    }

    private static boolean expired(ImportPreview preview, Instant now) {
        return !preview.expiresAt().isAfter(now);
    }
}
