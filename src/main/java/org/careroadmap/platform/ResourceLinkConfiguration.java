package org.careroadmap.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Spring's rewriting of every link on a page into a versioned resource URL. With the
 * WebJars locator on the class path Spring Boot installs it, and then each {@code @{...}} link —
 * a roadmap, a search hit — is looked up as a static file first: a miss is not cached and scans all
 * ~150 jars of the application, which took more than half of the time of a built page (JFR,
 * 2026-11-26). We use no versioned URLs; version-agnostic WebJars paths are still resolved when the
 * file is requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
