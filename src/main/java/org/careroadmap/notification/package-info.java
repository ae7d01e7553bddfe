/**
 * Notifications: every person's inbox in the application and, where an SMTP server is configured, e-mail. Fed by
 * other modules' events (a roadmap submitted, returned, accepted, published or withdrawn; a round opened; a
 * deadline near or past; a comment; a progress report submitted, returned, accepted or published; a resource-map 確認依頼 reminder to providers), each delivered through Spring Modulith's event publication registry so a
 * failed send is retried and never lost.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"roadmap", "review", "account", "reference", "platform", "progress", "resourcemap"})
package org.careroadmap.notification;
