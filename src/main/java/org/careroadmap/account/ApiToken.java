package org.careroadmap.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner and the administrator see it: never the token itself, only its first
 * characters to recognise it by.
 */
public record ApiToken(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
                       Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** The token, shown once when it is made; kept nowhere. */
    public record Issued(ApiToken token, String secret) {
    }
}
