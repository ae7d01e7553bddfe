package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.careroadmap.SharedContextTest;
import org.careroadmap.account.AccountService;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API speaks the formats the README documents and no other: {@code Accept: application/yaml} used to get a
 * YAML copy of the JSON written by Jackson 2's converter (swagger-core's {@code jackson-dataformat-yaml}), outside
 * our JSON contract; now it is a 406 without a YAML body, on a public API and on one a token signs in to. JSON and
 * {@code *}{@code /*} answer as before, and springdoc's own {@code /v3/api-docs.yaml} still answers its YAML.
 */
@SharedContextTest
class ApiFormatsTest {

    /** 東彼杵町, as in ApiTokensTest: a municipality whose roadmaps other tests do not read. */
    static final String MUNICIPALITY = "423912";
    static final String RESOURCES = "/api/resources?municipality=422100&size=2";
    static final String YAML = "application/yaml";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    @Test
    void aPublicApiRefusesYamlWith406AndAnswersJsonAsBefore() throws Exception {
        MockHttpServletResponse yaml = send(RESOURCES, YAML, null);
        assertThat(yaml.getStatus()).isEqualTo(406);
        assertThat(yaml.getContentType()).as("no YAML body").doesNotContain("yaml");
        assertThat(yaml.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("resources:");

        for (String accept : new String[] {"application/json", "*/*"}) {
            MockHttpServletResponse json = send(RESOURCES, accept, null);
            assertThat(json.getStatus()).as(accept).isEqualTo(200);
            assertThat(json.getContentType()).as(accept).startsWith("application/json");
            assertThat(JsonMapper.builder().build().readTree(json.getContentAsString(StandardCharsets.UTF_8))
                    .get("resources")).hasSize(2);
        }
    }

    @Test
    void anApiSignedInToWithATokenRefusesYamlWith406AndAnswersJson() throws Exception {
        String token = tokenOfAViewer();
        String path = "/api/roadmaps/" + draft();
        assertThat(send(path, "application/json", token).getStatus()).as("the token reads the draft").isEqualTo(200);
        MockHttpServletResponse yaml = send(path, YAML, token);
        assertThat(yaml.getStatus()).isEqualTo(406);
        assertThat(yaml.getContentType()).as("no YAML body").doesNotContain("yaml");
    }

    /** Over real HTTP: the error page's body (Boot's error attributes) is written only after the servlet's error dispatch. */
    @Test
    void theApiDocumentIsJsonAndSpringdocsOwnYamlCopyStillAnswers() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).header(HttpHeaders.ACCEPT, YAML).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.headers().firstValue(HttpHeaders.CONTENT_TYPE)).as("no YAML body")
                .satisfiesAnyOf(type -> assertThat(type).isEmpty(), type -> assertThat(type.orElseThrow()).doesNotContain("yaml"));
        assertThat(refused.body()).as("no error attributes in YAML").doesNotContain("timestamp:");

        assertThat(send("/v3/api-docs", "application/json", null).getStatus()).isEqualTo(200);
        MockHttpServletResponse document = send("/v3/api-docs.yaml", null, null);
        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getContentAsString(StandardCharsets.UTF_8)).startsWith("openapi:").contains("/api/resources:");
    }

    private MockHttpServletResponse send(String path, @org.jspecify.annotations.Nullable String accept,
            @org.jspecify.annotations.Nullable String bearer) throws Exception {
        var request = get(path);
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A read-only token of a viewer of {@link #MUNICIPALITY}, stored as the token page stores one (its SHA-256). */
    private String tokenOfAViewer() throws Exception {
        String token = "crt_formats-" + System.nanoTime();
        String username = "formats-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, "correct-horse-battery", "形式 太郎",
                Role.MUNICIPALITY_VIEWER, "42", MUNICIPALITY));
        jdbc.sql("""
                        INSERT INTO api_token (account_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
                        SELECT id, 'formats', ?, 'crt_format', TRUE, CURRENT_TIMESTAMP, ? FROM app_user WHERE username = ?""")
                .params(sha256(token), Timestamp.from(Instant.now().plusSeconds(3600)), username).update();
        return token;
    }

    /** The municipality's draft: only someone signed in to it reads it, so the token is what lets the request in. */
    private long draft() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(MUNICIPALITY) && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create(MUNICIPALITY, "nagasaki-9-10").roadmap().id()));
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
