package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * What each role sees and may do, signed in through the real sign-in page. In the browser tests' default context
 * (Iki's drafts and the unique lock-test account it makes change nothing the other classes there read).
 */
class AccountsIT extends BrowserTestBase {

    @Test
    void thePublicReadsPublishedRoadmapsWithoutEditingControls() {
        long iki = ikiRoadmapId();
        open("/roadmaps/" + iki);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.findElements(By.cssSelector(".item-actions"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a.add-item"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".site-header")).getText()).contains("ログイン");

        open("/admin/accounts");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }

    @Test
    void ikisViewerReadsButCannotEditAndItsEditorCan() {
        long iki = ikiRoadmapId();
        signIn("iki-viewer");
        open("/roadmaps/" + iki);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.findElements(By.cssSelector(".item-actions"))).isEmpty();
        assertThat(driver.findElement(By.linkText("変更履歴")).isDisplayed()).isTrue();
        open("/roadmaps/" + iki + "/items/new?category=A");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("権限がありません");

        signOut();
        signIn("iki-editor");
        ikiRoadmapInDraft();
        open("/roadmaps/" + iki);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.findElements(By.cssSelector(".item-actions"))).isNotEmpty();
    }

    @Test
    void nagasakiCitysEditorCannotOpenIkisDraftByUrlOrApi() throws Exception {
        long draft = ikiDraftId();
        signIn("nagasaki-editor");
        open("/roadmaps/" + draft);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("見つかりませんでした")
                .doesNotContain("壱岐市地域包括ケアシステム推進ロードマップ");
        assertThat(api("nagasaki-editor", "/api/roadmaps/" + draft).statusCode()).isEqualTo(404);
        assertThat(api("nagasaki-editor", "/api/roadmaps").body()).doesNotContain("\"id\":" + draft + ",");

        signOut();
        signIn("pref-reviewer");
        open("/roadmaps/" + draft);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.findElements(By.cssSelector(".item-actions"))).isEmpty();
    }

    @Test
    void administratorManagesAccountsAndALockFollowsFiveFailures() {
        String name = unique("locktest").toLowerCase();
        signIn("pref-admin");
        open("/admin/accounts/new");
        driver.findElement(By.id("f-username")).sendKeys(name);
        driver.findElement(By.id("f-displayName")).sendKeys("ロック 確認");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-role"))).selectByValue("MUNICIPALITY_VIEWER");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-municipalityCode"))).selectByValue("422100");
        driver.findElement(By.id("f-password")).sendKeys("first-password-123");
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));
        signOut();

        for (int i = 0; i < 5; i++) {
            signInWith(name, "wrong-password-" + i);
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("ログインできませんでした");
        }
        signInWith(name, "first-password-123");
        assertThat(driver.getCurrentUrl()).contains("/login?error");
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("ログインできませんでした");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("iki-editor");
        open("/account/password");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("パスワード変更");
        signOut();
        open("/account/password");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    private void signOut() {
        open("/");
        submit(driver.findElement(By.cssSelector(".site-header form button")));
        waiting().until(d -> d.getCurrentUrl().contains("signedOut"));
    }

    /** A 第9期・第10期 draft of Iki City's, made through the API by Iki's editor. */
    private long ikiDraftId() throws Exception {
        HttpResponse<String> list = api("iki-editor", "/api/roadmaps");
        JsonNode roadmaps = JSON.readTree(list.body());
        for (JsonNode r : roadmaps) {
            if ("422100".equals(r.path("municipality").path("code").asString())
                    && "nagasaki-9-10".equals(r.path("templateId").asString())) {
                return r.path("id").asLong();
            }
        }
        HttpResponse<String> created = sendJson("POST", "/api/roadmaps",
                Map.of("municipalityCode", "422100", "templateId", "nagasaki-9-10"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private HttpResponse<String> api(String user, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
