package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * MockMvc's {@code csrf()} (used by most test classes sharing a Spring context) swaps the CSRF filter's repository
 * for a session-based test one, for good: a later test of the real cookie behaviour (a sign-in page without a
 * session, the {@code XSRF-TOKEN} cookie) would then see a session and no cookie. Such a test puts the configured
 * cookie repository back first, as the application runs it.
 */
public final class ConfiguredCsrfRepository {

    private ConfiguredCsrfRepository() {
    }

    public static void restore(ApplicationContext context) {
        CsrfTokenRepository configured = context.getBean(CsrfTokenRepository.class);
        assertThat(configured).isInstanceOf(CookieCsrfTokenRepository.class);
        context.getBean(FilterChainProxy.class).getFilterChains().forEach(chain -> chain.getFilters().stream()
                .filter(f -> f instanceof CsrfFilter)
                .forEach(f -> ReflectionTestUtils.setField(f, "tokenRepository", configured)));
    }
}
