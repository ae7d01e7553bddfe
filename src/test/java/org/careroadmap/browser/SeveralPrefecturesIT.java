package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation holding a second prefecture, as a vendor hosting several would: the public
 * chooses a prefecture on the home page, then narrows a search to it with the plain form — each
 * page without WCAG 2.1 AA violations. Keeps its own H2 file, so the second prefecture touches no
 * other test.
 */
@TestPropertySource(properties = "app.data-dir=./target/h2-it-prefectures")
class SeveralPrefecturesIT extends BrowserTestBase {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fukuokaToo() {
        if (jdbc.sql("SELECT COUNT(*) FROM prefecture WHERE code = '40'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO prefecture (code, name, name_en) VALUES ('40', '福岡県', 'Fukuoka')").update();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM municipality WHERE code = '401307'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO municipality (code, prefecture_code, name, name_en) VALUES ('401307', '40', '福岡市', 'Fukuoka City')")
                    .update();
        }
    }

    @Test
    void thePublicChoosesAPrefectureThenSearchesItWithoutWcagViolations() {
        open("/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.prefectures")));
        assertNoViolations("the prefecture choice /");

        driver.findElement(By.linkText("長崎県")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m-" + IKI_CODE)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("長崎県の市町村と推進ロードマップ");
        assertThat(new Select(driver.findElement(By.id("prefecture-choice"))).getFirstSelectedOption().getText()).isEqualTo("長崎県");
        assertNoViolations("Nagasaki's municipalities /?prefecture=42");

        open("/search");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        driver.findElement(By.id("q")).sendKeys("ケア会議");
        new Select(driver.findElement(By.id("prefecture"))).selectByVisibleText("福岡県");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("prefecture=40"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-summary")));
        assertThat(driver.findElements(By.cssSelector(".search-hit"))).isEmpty();

        new Select(driver.findElement(By.id("prefecture"))).selectByVisibleText("長崎県");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("prefecture=42"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-hit")));
        assertThat(driver.findElements(By.cssSelector(".search-hit .hit-municipality")))
                .extracting(org.openqa.selenium.WebElement::getText).contains("壱岐市").doesNotContain("福岡市");
        assertNoViolations("search in 長崎県 with the 探す範囲 choice");
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page,
                RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }
}
