package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in form works from every state a browser reaches it in: its hidden CSRF token always matches an
 * {@code XSRF-TOKEN} cookie the browser holds after the page, so signing in is never a 403. The token lives in a
 * cookie (no session row for an anonymous page), written when the page first reads it. Requests go to the real
 * Tomcat with the cookies a browser would send. (In the shared Spring context.)
 */
@SharedContextTest
class SignInFormTokenTest {

    private static final String PASSWORD = "correct-horse-battery";
    /** What a browser asks for: without it Spring Security answers as to an API client (401, 204). */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String username;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void ownAccount() {
        // As the application runs: earlier MockMvc tests in this shared context swapped the CSRF repository.
        org.careroadmap.ConfiguredCsrfRepository.restore(context);
        username = "signin-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, PASSWORD, "署名 太郎", Role.MUNICIPALITY_VIEWER, "42", "422100"));
    }

    @Test
    void aFreshBrowserGetsTheTokenCookieWithThePageAndNoSessionAndSignsIn() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(setCookie(page, "SESSION")).isEmpty();
        String xsrf = requiredCookie(page, "XSRF-TOKEN");
        assertSignsIn(page, xsrf, "/");
    }

    @Test
    void aBrowserSentToSignInFromAProtectedPageGetsTheTokenCookieAndReturnsThere() throws Exception {
        HttpResponse<String> protectedPage = get("/account/tokens", null);
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String session = requiredCookie(protectedPage, "SESSION");

        HttpResponse<String> page = get("/login", session);

        assertThat(page.statusCode()).isEqualTo(200);
        String xsrf = requiredCookie(page, "XSRF-TOKEN");
        assertSignsIn(page, session + "; " + xsrf, "/account/tokens");
    }

    @Test
    void aBrowserWhoseSessionEndedGetsAFreshTokenCookieAndSignsIn() throws Exception {
        String ended = signedInSession();
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();

        HttpResponse<String> page = get("/login", ended);

        assertThat(page.statusCode()).isEqualTo(200);
        String xsrf = requiredCookie(page, "XSRF-TOKEN");
        assertSignsIn(page, xsrf, "/");
    }

    @Test
    void aBrowserThatKeptItsTokenCookieSignsInWithTheFormOfTheNextVisit() throws Exception {
        String xsrf = requiredCookie(get("/login", null), "XSRF-TOKEN");

        HttpResponse<String> again = get("/login", xsrf);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(setCookie(again, "XSRF-TOKEN")).isEmpty();
        assertSignsIn(again, xsrf, "/");
    }

    @Test
    void aBrowserThatSignedOutGetsATokenCookieForTheNextSignIn() throws Exception {
        HttpResponse<String> first = get("/login", null);
        String xsrf = requiredCookie(first, "XSRF-TOKEN");
        HttpResponse<String> signedIn = signIn(first, xsrf);
        String session = requiredCookie(signedIn, "SESSION");
        HttpResponse<String> home = get("/", session);
        String homeToken = setCookie(home, "XSRF-TOKEN").orElse(xsrf);
        Matcher logoutToken = FORM_TOKEN.matcher(home.body());
        assertThat(logoutToken.find()).as("the home page's sign-out form").isTrue();

        HttpResponse<String> signedOut = post("/logout", session + "; " + homeToken, "_csrf=" + encoded(logoutToken.group(1)));
        assertThat(signedOut.statusCode()).isEqualTo(302);

        HttpResponse<String> page = get("/login", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSignsIn(page, requiredCookie(page, "XSRF-TOKEN"), "/");
    }

    private String signedInSession() throws Exception {
        HttpResponse<String> page = get("/login", null);
        return requiredCookie(signIn(page, requiredCookie(page, "XSRF-TOKEN")), "SESSION");
    }

    private void assertSignsIn(HttpResponse<String> page, String cookies, String landing) throws Exception {
        HttpResponse<String> signedIn = signIn(page, cookies);
        assertThat(signedIn.statusCode()).as("signing in with the page's form").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(URI.create(l).getPath())
                .isEqualTo(landing));
        assertThat(setCookie(signedIn, "SESSION")).isPresent();
    }

    private HttpResponse<String> signIn(HttpResponse<String> page, String cookies) throws Exception {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        return post("/login", cookies, "username=" + encoded(username) + "&password=" + encoded(PASSWORD) + "&_csrf="
                + encoded(token.group(1)));
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", BROWSER_ACCEPT).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", BROWSER_ACCEPT)
                .header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The cookie as a browser sends it back ({@code name=value}), when the response sets a non-empty one. */
    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private static String requiredCookie(HttpResponse<?> response, String name) {
        return setCookie(response, name).orElseThrow(() -> new AssertionError(name + " not among "
                + response.headers().allValues("Set-Cookie") + " of " + response.uri()));
    }
}
