package org.careroadmap.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Listeners run after the change commits, on their own thread; a delivery that failed (the mail server was down)
 * stays incomplete in the event publication registry and is resubmitted here until it completes. The inbox line
 * and each e-mail are recorded once per person and event, so a resubmission on any node only sends what is missing.
 */
@Configuration
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private final IncompleteEventPublications incomplete;
    private final NotificationProperties properties;

    NotificationConfiguration(IncompleteEventPublications incomplete, NotificationProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${app.notification.retry-after:PT5M}", fixedDelayString = "${app.notification.retry-after:PT5M}")
    void retryFailedDeliveries() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
    }
}
