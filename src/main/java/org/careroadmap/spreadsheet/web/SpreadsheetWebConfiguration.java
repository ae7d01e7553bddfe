package org.careroadmap.spreadsheet.web;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.spreadsheet.SpreadsheetProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
class SpreadsheetWebConfiguration {

    /** Just before Spring Security's filter chain (order -100), after character encoding. */
    static final int UPLOAD_LIMIT_FILTER_ORDER = -101;

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(FieldMessages messages, SpreadsheetProperties properties,
                                                                ObjectMapper json, LocaleResolver localeResolver) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(messages, properties, json, localeResolver));
        registration.setOrder(UPLOAD_LIMIT_FILTER_ORDER);
        return registration;
    }
}
