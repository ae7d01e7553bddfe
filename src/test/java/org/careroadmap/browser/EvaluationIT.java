package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * One year's evaluation walked in the browser: the prefecture opens the round, Iki City answers for its
 * areas and submits, the prefecture records the hearing, accepts and publishes, and the public reads the
 * 構築状況 page — radar and table — with axe-core finding no WCAG 2.1 AA violation.
 */
@TestPropertySource(properties = BrowserTestBase.FRESH_YEAR_DATABASE)
class EvaluationIT extends BrowserTestBase {

    @Test
    void fromTheRoundToThePublicPage() {
        signIn("pref-admin");
        open("/evaluation");
        new Select(driver.findElement(By.id("round-year"))).selectByValue("2026");
        js().executeScript("document.getElementById('round-deadline').value = '2027-06-30';");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/evaluation/rounds')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "評価を依頼しました"));
        signOutHere();

        signIn("iki-editor");
        open("/evaluation/home");
        driver.findElement(By.linkText("2026年度(令和8年度)")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.answers select")));
        List<WebElement> selects = driver.findElements(By.cssSelector("table.answers select"));
        assertThat(selects).hasSize(40 * 4);
        // The first two areas are answered by hand for category A; everything else at once, as the grid allows.
        WebElement first = selects.get(0);
        new Select(first).selectByVisibleText("達成");
        new Select(selects.get(1)).selectByVisibleText("未達成");
        js().executeScript("document.querySelectorAll('table.answers select').forEach(function (s, i) { if (i > 1) s.selectedIndex = 1; });");
        driver.findElement(By.cssSelector("table.answers input[type=text]")).sendKeys("入退院支援ルールの運用記録");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/answers')]//button[@type='submit']")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "保存しました"));
        new Select(driver.findElement(By.id("text-kind"))).selectByValue("ISSUE");
        new Select(driver.findElement(By.id("text-category"))).selectByValue("E");
        driver.findElement(By.id("text-body")).sendKeys("見守りの担い手が高齢化している");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/texts')]//button[@type='submit']")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "見守りの担い手が高齢化している"));
        submit(driver.findElement(By.xpath("//form[contains(@action,'/submit')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .badge"), "提出済"));
        signOutHere();

        signIn("pref-reviewer");
        open("/evaluation/422100/2026");
        js().executeScript("document.getElementById('hearing-date').value = '2027-07-20';");
        driver.findElement(By.id("hearing-participants")).sendKeys("長崎県 長寿社会課、壱岐市 高齢者支援課");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/hearing')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "実施日 2027-07-20"));
        new Select(driver.findElement(By.id("text-kind"))).selectByValue("FEATURE");
        driver.findElement(By.id("text-body")).sendKeys("島内4圏域すべてで通いの場が続いている。");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/texts')]//button[@type='submit']")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "島内4圏域すべてで"));
        submit(driver.findElement(By.xpath("//form[contains(@action,'/accept')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .badge"), "受理"));
        submit(driver.findElement(By.xpath("//form[contains(@action,'/publish')]//button")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .badge"), "公開"));
        open("/evaluation?year=2026");
        assertThat(driver.findElement(By.cssSelector("table.overview")).getText()).contains("壱岐市", "公開");
        signOutHere();

        open("/status/422100");
        waiting().until(ExpectedConditions.titleContains("2026年度(令和8年度)"));
        WebElement main = driver.findElement(By.tagName("main"));
        assertThat(main.findElement(By.cssSelector("svg[role=img] title")).getDomProperty("textContent")).contains("壱岐市");
        assertThat(main.findElements(By.cssSelector("svg .radar-current"))).hasSize(1);
        assertThat(main.findElements(By.cssSelector("svg .radar-previous"))).hasSize(1);
        assertThat(main.findElement(By.cssSelector("table.shares")).getText()).contains("A 医療", "前年度");
        assertThat(main.getText()).contains("見守りの担い手が高齢化している", "島内4圏域すべてで通いの場が続いている。", "郷ノ浦");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }

    private void signOutHere() {
        open("/");
        submit(driver.findElement(By.cssSelector(".site-header form button")));
        waiting().until(d -> d.getCurrentUrl().contains("signedOut"));
    }
}
