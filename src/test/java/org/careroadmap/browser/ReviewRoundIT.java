package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One round walked in the browser: the municipality submits, the reviewer comments and returns,
 * the municipality fixes and resubmits, the reviewer accepts and publishes, the public reads it,
 * and the comparison of the two submissions shows the fix.
 */
@TestPropertySource(properties = "app.data-dir=./target/h2-it-review/${random.uuid}")
class ReviewRoundIT extends BrowserTestBase {

    @Test
    void aRoundFromSubmissionToPublication() {
        String marker = unique("見守り");
        long id = completeDraftOfNagasakiCity(marker);

        signIn("nagasaki-editor");
        // The editor's home is its municipality: roadmaps by edition, the open round, what to do next.
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("長崎市の推進ロードマップ");
        String home = driver.findElement(By.tagName("main")).getText();
        assertThat(home).contains("提出依頼", "次にすること", "エラーはありません。内容を確認して県へ提出してください。",
                "県内すべての市町の一覧");
        Results homeChecks = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(homeChecks.getViolations()).as(RoadmapChartIT.describe(homeChecks.getViolations())).isEmpty();
        driver.findElement(By.linkText("県内すべての市町の一覧")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m-422011")));
        open("/roadmaps/" + id);
        // 提出 asks first and says what follows; a submission can be taken back until the prefecture acts.
        confirmStep("confirm-submit", "読み取り専用");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "県へ提出しました"));
        confirmStep("confirm-withdraw", "作成中に戻り");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "提出を取り下げました"));
        assertThat(driver.findElement(By.cssSelector(".chart-toolbar .badge")).getText()).isEqualTo("作成中");
        confirmStep("confirm-submit", "読み取り専用");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "県へ提出しました"));
        assertThat(driver.findElements(By.id("confirm-withdraw"))).as("withdraw offered while submitted").hasSize(1);
        signOutHere();

        signIn("pref-reviewer");
        // The inbox: a count in the header, the line links to the roadmap and is then read.
        waiting().until(d -> {
            open("/");
            return d.findElement(By.cssSelector("a.inbox-link")).getText().contains("未読");
        });
        open("/notifications");
        assertThat(driver.findElement(By.cssSelector("ul.inbox")).getText()).contains("長崎市が推進ロードマップを提出しました");
        submit(driver.findElement(By.cssSelector("ul.inbox li.unread button")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.getCurrentUrl()).contains("/roadmaps/");
        open("/roadmaps/" + id);
        new Select(driver.findElement(By.id("comment-item"))).selectByVisibleText("E 生活支援の項目" + marker);
        driver.findElement(By.id("comment-body")).sendKeys("見守り協定の数を目標にしてください");
        submit(driver.findElement(By.cssSelector("form.new-thread button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "見守り協定の数を目標に"));
        driver.findElement(By.id("return-comment")).sendKeys("E の推進方策に目標を書いてください");
        submit(driver.findElement(By.cssSelector("form.return-form button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "差し戻しました"));
        open("/review");
        assertThat(driver.findElement(By.cssSelector("table.dashboard")).getText()).contains("長崎市", "差戻し");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(RoadmapChartIT.describe(results.getViolations())).isEmpty();
        signOutHere();

        signIn("nagasaki-editor");
        open("/roadmaps/" + id);
        // The reason is a banner at the top of the chart, with who returned it and when.
        WebElement banner = driver.findElement(By.id("return-banner"));
        assertThat(banner.getText()).contains("差し戻されています", "E の推進方策に目標を書いてください");
        assertThat(banner.getLocation().getY()).isLessThan(driver.findElement(By.id("roadmap-chart")).getLocation().getY());
        assertThat(driver.findElement(By.id("comments")).getText()).contains("E の推進方策に目標を書いてください");
        WebElement item = driver.findElement(By.xpath("//th[contains(@class,'item-title')][.//span[text()='生活支援の項目" + marker + "']]"));
        String itemAnchor = item.getDomAttribute("id");
        open(item.findElement(By.linkText("編集")).getDomAttribute("href"));
        WebElement measures = driver.findElement(By.id("f-measures"));
        measures.clear();
        measures.sendKeys("見守り協定を年5件結ぶ");
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        // Back on the chart at the saved item, with focus on it, not at the top of the page.
        waiting().until(d -> itemAnchor.equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat((Boolean) js().executeScript("var r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;")).as("the saved item is in view").isTrue();
        confirmStep("confirm-submit", "読み取り専用");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "県へ提出しました"));
        assertThat(driver.findElements(By.id("return-banner"))).as("the banner goes once resubmitted").isEmpty();
        signOutHere();

        signIn("pref-reviewer");
        open("/roadmaps/" + id);
        submit(driver.findElement(By.xpath("//form[contains(@action,'/accept')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "受理しました"));
        confirmStep("confirm-publish", "ログインしていない人");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "公開しました"));
        // 第1版 the first submission, 第2版 the same resubmitted after the withdrawal, 第3版 the fixed one.
        open("/roadmaps/" + id + "/versions/compare?from=2&to=3");
        String diff = driver.findElement(By.cssSelector("ol.diff")).getText();
        assertThat(diff).contains("生活支援の項目" + marker, "推進方策", "見守り協定を年5件結ぶ");
        signOutHere();

        open("/roadmaps/" + id);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.findElement(By.id("roadmap-chart")).getText()).contains("見守り協定を年5件結ぶ");
        assertThat(driver.findElements(By.id("comments"))).isEmpty();
    }

    private void signOutHere() {
        open("/");
        submit(driver.findElement(By.cssSelector(".site-header form button")));
        waiting().until(d -> d.getCurrentUrl().contains("signedOut"));
    }

    /** A complete 第9期・第10期 draft for 長崎市, made through the API by its editor. */
    private long completeDraftOfNagasakiCity(String marker) {
        HttpResponse<String> created = sendJsonAs("nagasaki-editor", "POST", "/api/roadmaps",
                Map.of("municipalityCode", "422011", "templateId", "nagasaki-9-10"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        long id = doc.path("id").asLong();
        String[][] categories = {{"A", "医療"}, {"B", "介護"}, {"C", "保健"}, {"D", "住まい"}, {"E", "生活支援"},
                {"F", "認知症"}, {"G", "連携"}, {"H", "地域共生"}};
        for (String[] c : categories) {
            HttpResponse<String> item = sendJsonAs("nagasaki-editor", "POST", "/api/roadmaps/" + id + "/items",
                    Map.of("version", doc.path("version").asLong(), "category", c[0], "title", c[1] + "の項目" + marker,
                            "targetVision", "目指す姿", "achievementYear", "2029", "measures", "推進方策"));
            assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
            doc = JSON.readTree(item.body());
            String itemId = null;
            for (JsonNode i : doc.path("items")) {
                if (i.path("category").asString().equals(c[0])) {
                    itemId = i.path("id").asString();
                }
            }
            HttpResponse<String> arrow = sendJsonAs("nagasaki-editor", "POST",
                    "/api/roadmaps/" + id + "/items/" + itemId + "/arrows",
                    Map.of("version", doc.path("version").asLong(), "label", "取組", "startYear", "2024", "endYear", "2029"));
            assertThat(arrow.statusCode()).as(arrow.body()).isEqualTo(201);
            doc = JSON.readTree(arrow.body());
        }
        return id;
    }

    /** Opens a step's confirmation, checks that it says what happens, and confirms. */
    private void confirmStep(String id, String consequence) {
        WebElement details = driver.findElement(By.id(id));
        details.findElement(By.tagName("summary")).click();
        WebElement form = details.findElement(By.tagName("form"));
        waiting().until(ExpectedConditions.visibilityOf(form));
        assertThat(form.getText()).contains(consequence);
        submit(form.findElement(By.cssSelector("button[type=submit]")));
    }
}
