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
 * One year of progress walked in the browser on Iki City's roadmap: log two 勉強会 → the indicator shows
 * 2 of 2 → rate the item ◎ → submit the report → the prefecture accepts and publishes → the public
 * sees the rating on the progress chart, which passes axe-core's WCAG 2.1 AA checks.
 */
@TestPropertySource(properties = BrowserTestBase.FRESH_YEAR_DATABASE)
class ProgressYearIT extends BrowserTestBase {

    @Test
    void aYearFromTwoStudySessionsToAPublishedRating() {
        long id = ikiRoadmapId();
        JsonNode progress = getJson("/api/roadmaps/" + id + "/progress?year=2026");
        String dischargeId = null;
        for (JsonNode item : progress.path("items")) {
            if (item.path("title").asString().equals("退院支援")) {
                dischargeId = item.path("id").asString();
            }
        }
        assertThat(dischargeId).isNotNull();

        signIn("iki-editor");
        String itemPage = "/roadmaps/" + id + "/progress/items/" + dischargeId + "?year=2026";
        for (String date : List.of("2026-06-10", "2026-11-20")) {
            open(itemPage);
            new Select(driver.findElement(By.id("f-a-kind"))).selectByVisibleText("勉強会");
            driver.findElement(By.id("f-a-title")).sendKeys("退院前カンファレンスの勉強会 " + date);
            setDate(driver.findElement(By.id("f-a-heldOn")), date);
            driver.findElement(By.id("f-a-participants")).sendKeys("25");
            submit(driver.findElement(By.cssSelector("#activity-form button[type=submit]")));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "活動を記録しました"));
        }
        WebElement indicator = driver.findElement(By.xpath("//div[contains(@class,'indicator')][.//h3[contains(text(),'退院前カンファレンスの勉強会の開催回数')]]"));
        WebElement row = indicator.findElement(By.xpath(".//tr[contains(@class,'selected-year')]"));
        assertThat(row.getText()).contains("2 回").endsWith("達成").doesNotContain("未達成");
        assertThat(indicator.findElement(By.tagName("svg")).getText()).contains("2");

        new Select(driver.findElement(By.id("f-ey-rating"))).selectByValue("◎");
        driver.findElement(By.id("f-ey-done")).sendKeys("勉強会を2回開催した");
        submit(driver.findElement(By.cssSelector("#evaluation-YEAR_END button[type=submit]")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "自己評価を保存しました"));

        for (JsonNode item : progress.path("items")) {
            if (!item.path("id").asString().equals(dischargeId)) {
                HttpResponse<String> rated = sendJsonAs("iki-editor", "PUT", "/api/roadmaps/" + id + "/progress/items/"
                        + item.path("id").asString() + "/evaluations/2026/YEAR_END", Map.of("rating", "○", "done", "実施した"));
                assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
            }
        }
        open("/roadmaps/" + id + "/progress?year=2026");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/reports/2026/submit')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "進捗報告を県へ提出しました"));
        signOutHere();

        signIn("pref-reviewer");
        open("/roadmaps/" + id + "/progress?year=2026");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/reports/2026/accept')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "進捗報告を受理しました"));
        submit(driver.findElement(By.xpath("//form[contains(@action,'/reports/2026/publish')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "進捗報告を公開しました"));
        open("/review/progress?year=2026");
        assertThat(driver.findElement(By.cssSelector("table.progress-rollup")).getText()).contains("壱岐市", "公開");
        signOutHere();

        open("/roadmaps/" + id + "/progress?year=2026");
        WebElement publicRow = driver.findElement(By.cssSelector("tr[data-item='" + dischargeId + "']"));
        assertThat(publicRow.findElement(By.cssSelector("td.rating")).getText()).contains("◎", "達成できた");
        assertThat(driver.findElement(By.id("progress-table")).getText()).contains("2／2 回");
        assertThat(driver.findElements(By.id("activity-form"))).isEmpty();
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }

    /** A date input takes what its locale shows; setting the value directly is the same for every locale. */
    private void setDate(WebElement input, String isoDate) {
        js().executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private void signOutHere() {
        open("/");
        submit(driver.findElement(By.cssSelector(".site-header form button")));
        waiting().until(d -> d.getCurrentUrl().contains("signedOut"));
    }
}
