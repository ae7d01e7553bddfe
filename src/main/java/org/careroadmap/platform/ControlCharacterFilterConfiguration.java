package org.careroadmap.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ControlCharacterFilterConfiguration {

    /** Before Spring Security's chain (-100), so the sign-in form's parameters are checked too; after character encoding. */
    static final int ORDER = -102;

    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(FieldMessages messages, ObjectMapper json,
                                                                          LocaleResolver localeResolver) {
        FilterRegistrationBean<ControlCharacterFilter> registration =
                new FilterRegistrationBean<>(new ControlCharacterFilter(messages, json, localeResolver));
        registration.setOrder(ORDER);
        return registration;
    }
}
