package org.careroadmap.publication;

import java.time.Instant;

/**
 * What a {@link PortalSection} shows for one municipality: a short summary line (e.g. 「評価: B（3項目）」),
 * an optional link to the public page with the details, and the time the summary is as of, which
 * the portal always shows next to it.
 */
public record PortalEntry(String summary, String link, Instant asOf) {

    public PortalEntry {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a portal entry needs a summary");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("a portal entry says what time it is as of");
        }
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("a portal entry links inside the application: " + link);
        }
    }
}
