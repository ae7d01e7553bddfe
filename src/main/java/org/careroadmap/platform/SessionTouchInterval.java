package org.careroadmap.platform;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link SeldomTouchedSessions} around the JDBC session repository that Spring Boot makes, so every user of
 * it (the session filter, revocation) goes through it. {@code app.session.touch-interval} (default one minute;
 * 0 writes on every request, as Spring Session does) is how stale the stored last access time may be.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouchInterval {

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
