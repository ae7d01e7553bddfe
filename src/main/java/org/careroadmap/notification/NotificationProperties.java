package org.careroadmap.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.notification.*}: the address pages are linked under in e-mails (the one people open the application
 * at), the sender, and how often unsent notifications are retried.
 */
@ConfigurationProperties("app.notification")
public record NotificationProperties(String baseUrl, String mailFrom, Duration retryAfter) {

    public NotificationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "careroadmap@localhost" : mailFrom.strip();
        retryAfter = retryAfter == null ? Duration.ofMinutes(5) : retryAfter;
    }
}
