package org.careroadmap.platform;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach which address. Every endpoint falls under one rule here (anything unlisted is
 * denied); finer rules — which municipality's roadmap, published or not — are the services' job.
 * Pages sign in with a form and a session; API clients send HTTP Basic credentials of the same
 * accounts (or use the browser session, with its CSRF token).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * The policy for one installation: map tiles may come from the one host the configuration names
     * ({@code app.resourcemap.tiles.url}), and from no other.
     */
    static String contentSecurityPolicy(String tileUrl) {
        String origin = "";
        if (tileUrl != null && tileUrl.matches("https?://[^/{}]+/.*")) {
            origin = " " + tileUrl.substring(0, tileUrl.indexOf('/', tileUrl.indexOf("//") + 2));
        }
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;", "img-src 'self' data:" + origin + ";");
    }

    /** Every role but the provider's, as Spring Security role names. */
    private static final String[] STAFF = java.util.Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name)
            .toArray(String[]::new);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, MessageSource messages,
                                            ObjectProvider<BearerTokens> bearerTokens, ObjectProvider<KeptPublicReads> keepers,
                                            LocaleResolver locales,
                                            CsrfTokenRepository csrfTokens,
            @org.springframework.beans.factory.annotation.Value("${app.resourcemap.tiles.url:}") String tileUrl) throws Exception {
        bearerTokens.ifAvailable(tokens -> http.addFilterBefore(new BearerTokenFilter(tokens, apiUnauthorized(messages),
                messages, locales, SingletonSupplier.of(() -> keepers.orderedStream().toList())), BasicAuthenticationFilter.class));
        http.authorizeHttpRequests(auth -> signedInRules(publicRules(auth)))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiUnauthorized(messages)))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(apiUnauthorized(messages),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                // An API request that carries its own credentials, or no session at all, cannot be forged by
                // another site; one that relies on the session cookie must bring the CSRF token. Credentials are
                // Basic or Bearer only, and a header of either that does not authenticate is a 401 — it never falls
                // back to the session cookie (an unknown scheme such as "Token x" still needs the CSRF token).
                // The token lives in a cookie, not the session: a form on an anonymous page (the sign-in page) then
                // makes no session row — 9,400 GETs of /login grew the H2 file tenfold in 15 s.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
                        && (carriesCredentials(request.getHeader("Authorization")) || request.getRequestedSessionId() == null)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** What anyone may read: assets, sign-in, health, the API description and every published page. */
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry publicRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        return auth
                .requestMatchers("/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers("/login").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(Role.PREFECTURE_ADMIN.name())
                .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/", "/roadmaps/{id}", "/api/roadmaps", "/api/roadmaps/{id}",
                        "/compare", "/search").permitAll()
                // HEAD is GET without the body: the same answer (a public chart's HEAD was a 401).
                .requestMatchers(HttpMethod.HEAD, "/", "/roadmaps/{id}", "/api/roadmaps", "/api/roadmaps/{id}",
                        "/compare", "/search", "/public", "/public/**", "/opendata", "/opendata/**", "/accessibility",
                        "/sitemap.xml", "/status/**", "/api/status/**").permitAll()
                // The publication module: portal, open data, PDFs, accessibility page, sitemap — published content only.
                .requestMatchers(HttpMethod.GET, "/public", "/public/**", "/opendata", "/opendata/**", "/accessibility",
                        "/sitemap.xml").permitAll()
                // The evaluation's public 構築状況 pages; its working pages check role and municipality in the services.
                .requestMatchers(HttpMethod.GET, "/status/**", "/api/status/**").permitAll()
                .requestMatchers("/evaluation", "/evaluation/**").hasAnyRole(STAFF)
                // Published progress reports are public; the services show the public nothing else.
                .requestMatchers(HttpMethod.GET, "/roadmaps/{id}/progress", "/roadmaps/{id}/progress/activities.csv",
                        "/roadmaps/{id}/progress/report.xlsx", "/api/roadmaps/{id}/progress",
                        "/api/roadmaps/{id}/progress/activities", "/api/roadmaps/{id}/progress/activities.csv",
                        "/api/roadmaps/{id}/progress/xlsx").permitAll()
                // The resource map (resourcemap module) is public to read; changes are for signed-in editors.
                .requestMatchers(HttpMethod.GET, "/map", "/map/{code}", "/map/resources/{id}", "/map/{code}/care_service.csv",
                        "/map/{code}/hospital.csv", "/map/{code}/resources.geojson", "/map/{code}/booklet.pdf",
                        "/map/markers", "/map/{code}/markers", "/map/tiles/**", "/api/resources", "/api/resources/{id}").permitAll();
    }

    /** What needs a signed-in account, and of which role; anything unlisted is denied. */
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry signedInRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        return auth
                .requestMatchers("/map/**").authenticated()
                .requestMatchers("/admin/**").hasRole(Role.PREFECTURE_ADMIN.name())
                .requestMatchers("/review", "/review.xlsx", "/review/**").hasAnyRole(Role.PREFECTURE_ADMIN.name(),
                        Role.PREFECTURE_REVIEWER.name())
                // A provider (事業所) signs in for its resource-map entries only: no staff pages or API but its own
                // (the resourcemap services check the provider role and the resource).
                .requestMatchers("/api/provider/**").authenticated()
                .requestMatchers("/roadmaps/**", "/api/**").hasAnyRole(STAFF)
                .requestMatchers("/account/**", "/notifications", "/notifications/**").authenticated()
                .anyRequest().denyAll();
    }

    static final tools.jackson.databind.ObjectMapper PROBLEM_WRITER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    static boolean carriesCredentials(String authorization) {
        return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || BearerTokenFilter.isBearer(authorization));
    }

    /** 401 as problem details, with Basic and Bearer challenges, instead of a redirect to the sign-in page. */
    private static AuthenticationEntryPoint apiUnauthorized(MessageSource messages) {
        return (request, response, exception) -> {
            String title = messages.getMessage("error.unauthorized.title", null, LocaleContextHolder.getLocale());
            String detail = messages.getMessage("error.unauthorized.detail", null, LocaleContextHolder.getLocale());
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Care Roadmap\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Care Roadmap\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("status", 401);
            problem.put("title", title);
            problem.put("detail", detail);
            // Written by Jackson, so a message with quotes or backslashes is still valid JSON.
            PROBLEM_WRITER.writeValue(response.getWriter(), problem);
        };
    }
}
