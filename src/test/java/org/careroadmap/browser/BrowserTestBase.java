package org.careroadmap.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.careroadmap.TouchesDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application on a random port and drives it with the run's one headless Chromium
 * ({@link SharedChromium}). The H2 file database lives in {@code app.data-dir}
 * (target/h2-it under failsafe) and survives between runs, so tests make their own data with
 * unique titles and never count rows. Every class without a {@code @TestPropertySource} shares one
 * application (Spring's context cache): add a property only when a test cannot live beside the others, and
 * say why in its comment.
 */
@TouchesDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SharedChromium.class)
abstract class BrowserTestBase {

    static final String IKI_CODE = "422100";
    /**
     * A database made afresh on every run, shared by the classes that walk one fiscal year of a module through
     * to the public page (evaluation, progress): each module's year is its own, so they can share it, and a
     * second run never finds the year already walked. One context for them instead of one each.
     */
    static final String FRESH_YEAR_DATABASE = "app.data-dir=./target/h2-it-years/${random.uuid}";
    static final Duration WAIT = Duration.ofSeconds(15);
    /** How long a navigation (a link, a form's submission) may take; a test that allows more restores this. */
    static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The run's one Chromium ({@link SharedChromium}), set before each class's tests. */
    static WebDriver driver;

    @LocalServerPort
    int port;

    /** Every test starts Japanese with no session: the language choice is kept in a cookie. */
    @BeforeEach
    void freshBrowserState() {
        open("/css/app.css");
        driver.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /**
     * Clicks a submit button and waits until the page (or, with hx-boost, the swapped body)
     * no longer holds the old form.
     */
    void submit(WebElement button) {
        WebElement form = button.findElement(By.xpath("./ancestor::form"));
        button.click();
        // Chromium sometimes answers a question about an element of a page that has just gone with
        // "Node with given id does not belong to the document" instead of "stale element": both mean gone.
        waiting().until(d -> {
            try {
                form.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return gone.getMessage() != null && gone.getMessage().contains("does not belong to the document");
            }
        });
    }

    static final String DEMO_PASSWORD = "demo-pass-2026";

    /** Signs in through the sign-in form, as a person does, and waits for the home page. */
    void signIn(String username) {
        signInWith(username, DEMO_PASSWORD);
        waiting().until(d -> d.getCurrentUrl().equals(url("/")) || d.getCurrentUrl().startsWith(url("/?")));
    }

    void signInWith(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement button = driver.findElement(By.cssSelector("form button[type=submit].primary"));
        submit(button);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- JSON API ---------------------------------------------------------------------------

    JsonNode getJson(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json").GET());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> sendJson(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, publisher));
    }

    HttpResponse<String> sendJsonAs(String user, String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, publisher), user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, "iki-editor");
    }

    /** API calls sign in with HTTP Basic, as Iki City's demo editor unless told otherwise. */
    private static HttpResponse<String> send(HttpRequest.Builder request, String user) {
        request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Iki City's demo roadmap is published; its editor starts a revision (back to draft) through the
     * API so that a test can edit it. The public keeps seeing the published version.
     */
    long ikiRoadmapInDraft() {
        long id = ikiRoadmapId();
        JsonNode roadmap = getJson("/api/roadmaps/" + id);
        String status = roadmap.path("status").asString();
        if ("PUBLISHED".equals(status) || "ACCEPTED".equals(status)) {
            HttpResponse<String> reopened = sendJson("POST", "/api/roadmaps/" + id + "/reopen",
                    java.util.Map.of("version", roadmap.path("version").asLong()));
            assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        }
        return id;
    }

    /** Iki City's roadmap: the demo data, the oldest roadmap of municipality 422100. */
    long ikiRoadmapId() {
        JsonNode list = getJson("/api/roadmaps");
        long id = -1;
        for (JsonNode roadmap : list) {
            if (IKI_CODE.equals(roadmap.path("municipality").path("code").asString())) {
                long candidate = roadmap.path("id").asLong();
                if (id < 0 || candidate < id) {
                    id = candidate;
                }
            }
        }
        assertThat(id).as("a roadmap for 壱岐市 (%s) in %s", IKI_CODE, list).isPositive();
        return id;
    }
}
