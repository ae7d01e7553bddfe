package org.careroadmap.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a person's inbox, as stored: what happened ({@code kind}), to which roadmap and municipality, a
 * reference the text needs (a template edition, a deadline), an optional detail (a return's reason, an item's
 * 項目) and the page it links to.
 */
public record Notice(long id, NotificationKind kind, @Nullable Long roadmapId, @Nullable String municipalityCode,
                     @Nullable String subjectRef, @Nullable String detail, String link, Instant createdAt,
                     @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
