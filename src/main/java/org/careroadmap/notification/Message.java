package org.careroadmap.notification;

import org.jspecify.annotations.Nullable;

/**
 * A notification to deliver to several people: {@code eventKey} names the event, so delivering it again (a retry)
 * gives nobody a second line or a second e-mail.
 */
record Message(String eventKey, NotificationKind kind, @Nullable Long roadmapId, @Nullable String municipalityCode,
               @Nullable String subjectRef, @Nullable String detail, String link) {

    Message {
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > 120 || kind == null || link == null
                || !link.startsWith("/")) {
            throw new IllegalArgumentException("a message needs an event key, a kind and a link inside the application");
        }
        detail = detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail;
    }
}
