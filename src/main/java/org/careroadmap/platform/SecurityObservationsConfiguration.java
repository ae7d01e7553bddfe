package org.careroadmap.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security without Micrometer observations. Nothing reads them (HTTP request metrics come from the server's
 * own observation and stay), yet with an observation registry present Spring Security wraps every filter of every
 * request, its authentication and its authorization in one; {@code management.observations.enable.spring.security=false}
 * only drops what those wrappers record. Without the wrappers every request, the readiness probe at start
 * included, runs the filters directly (issue 17).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationsConfiguration {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
