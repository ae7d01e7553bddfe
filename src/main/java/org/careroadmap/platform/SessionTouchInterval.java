package org.careroadmap.platform;

import java.time.Duration;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link SeldomTouchedSessions} around the JDBC session repository that Spring Boot makes, so every user of
 * it (the session filter, revocation) goes through it. {@code app.session.touch-interval} (default one minute;
 * 0 writes on every request, as Spring Session does) is how stale the stored last access time may be.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouchInterval {

    /** Runs just outside Spring Session's filter, so each request reads its session once (SeldomTouchedSessions). */
    @Bean
    FilterRegistrationBean<Filter> readSessionOncePerRequest() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> SeldomTouchedSessions.readOnceDuring(chain, request, response));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("readSessionOncePerRequest");
        return registration;
    }

    @Bean
    static BeanPostProcessor seldomTouchedSessions(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    Duration interval = environment.getProperty("app.session.touch-interval", Duration.class,
                            Duration.ofMinutes(1));
                    return interval.isZero() ? jdbc : new SeldomTouchedSessions(jdbc, interval);
                }
                return bean;
            }
        };
    }
}
