package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy on the same host, the proxy's {@code X-Forwarded-Proto: https} reaches the real Tomcat (its
 * RemoteIpValve trusts loopback, {@code server.forward-headers-strategy=native}): the answer carries HSTS and every
 * cookie is {@code Secure}. Without the header the same server sends neither. (In the shared context, with the
 * configured cookie CSRF repository put back: see ConfiguredCsrfRepository.)
 */
@org.careroadmap.SharedContextTest
class ForwardedHeadersTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @org.junit.jupiter.api.BeforeEach
    void asTheApplicationRuns() {
        org.careroadmap.ConfiguredCsrfRepository.restore(context);
    }

    @Test
    void aRequestTheLoopbackProxyMarksHttpsGetsHstsAndSecureCookiesThroughSignIn() throws Exception {
        HttpResponse<String> page = send(request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        String xsrf = cookie(page, "XSRF-TOKEN");
        assertThat(xsrf).contains("; Secure");

        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=iki-viewer&password=demo-pass-2026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(request("/login").header("X-Forwarded-Proto", "https")
                .header("Cookie", xsrf.substring(0, xsrf.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).doesNotStartWith("http:"));
        assertThat(cookie(signedIn, "SESSION")).contains("; Secure").contains("HttpOnly");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void withoutTheHeaderThereIsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<String> page = send(request("/login").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(page, "XSRF-TOKEN")).doesNotContain("Secure");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + cookies));
    }
}
