package org.careroadmap.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The two cookies of a browser: {@code SESSION} (Spring Session, in the database) and {@code XSRF-TOKEN} (the CSRF
 * token, kept in a cookie so that an anonymous page with a form — the sign-in page — makes no session row). Both
 * are HttpOnly, SameSite=Lax, and Secure whenever the request is (behind a TLS proxy: with
 * {@code server.forward-headers-strategy=native} and the proxy's {@code X-Forwarded-Proto: https}).
 */
@Configuration(proxyBeanMethods = false)
class CookieConfiguration {

    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName("SESSION");
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        // Secure left unset on purpose: then it follows request.isSecure(), true behind the TLS proxy.
        return cookies;
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new CookieCsrfTokenRepository();
    }
}
