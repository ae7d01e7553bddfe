package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Search and comparison in a real browser: the public finds a word of Iki's published roadmap and
 * follows the result to its place in the chart; the prefecture's reviewer compares a category, with
 * Iki's 第9期・第10期 draft widening the axis to FY2021–2029 and showing its gap. Both pages pass
 * axe-core's WCAG 2.1 AA rules. In the browser tests' default context: the draft's one item is in A, and the
 * comparison of B counts on no other class there giving Iki's 第9期・第10期 draft an item in B.
 */
class InsightIT extends BrowserTestBase {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String MEETINGS = "地域ケア会議・地域ケア推進会議の機能達成";
    private static final String DRAFT_TITLE = "次期計画の医療連携（下書き）";
    private static final double TOLERANCE = 3.0;

    @Test
    void thePublicSearchesAWordOfIkisRoadmapAndFollowsTheResultToTheChart() {
        long iki = ikiRoadmapId();
        open("/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m-" + IKI_CODE)));
        driver.findElement(By.cssSelector(".site-header a[href='/search']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));

        driver.findElement(By.id("q")).sendKeys("ｹｱ会議");
        submit(driver.findElement(By.cssSelector("form[role=search] button[type=submit]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-summary")));

        WebElement hit = driver.findElements(By.cssSelector("li.search-hit[data-roadmap='" + iki + "']")).stream()
                .filter(li -> li.findElement(By.cssSelector(".hit-title a")).getText().equals(MEETINGS))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + MEETINGS + " in "
                        + driver.findElement(By.tagName("main")).getText()));
        assertThat(hit.findElement(By.cssSelector(".hit-context")).getText()).contains("壱岐市", "公開");
        assertThat(hit.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("ケア会議");
        String itemId = hit.getDomAttribute("data-item");

        hit.findElement(By.cssSelector(".hit-title a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/roadmaps/" + iki + "#item-" + itemId));
        WebElement item = driver.findElement(By.id("item-" + itemId));
        assertThat(item.getText()).contains(MEETINGS);
        assertThat(js().executeScript("return document.querySelector(':target') === arguments[0];", item)).isEqualTo(true);
        assertThat(inViewport(item)).as("the chart scrolled to the item").isTrue();
    }

    @Test
    void searchPageWithResultsHasNoWcagViolations() {
        open("/search?q=" + java.net.URLEncoder.encode("ケア会議", java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.search-hit mark")));
        assertNoViolations("search /search?q=ケア会議");

        open("/search?q=" + "x".repeat(101));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertNoViolations("search with an over-long query");
    }

    @Test
    void thePublicComparesPublishedRoadmapsOnlyWithoutWcagViolations() {
        long draft = ikiDraftWithOneItem();
        open("/compare?category=A");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-chart")));
        assertThat(driver.findElement(By.id("compare-chart")).getText()).contains("壱岐市", "退院支援")
                .doesNotContain(DRAFT_TITLE);
        assertThat(driver.findElements(By.cssSelector("th.roadmap[data-roadmap='" + draft + "']"))).isEmpty();
        assertThat(years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertNoViolations("compare /compare?category=A (public)");
    }

    @Test
    void theReviewerChoosesACategoryAndSeesEveryRoadmapOnOneAxisWithItsGaps() {
        long draft = ikiDraftWithOneItem();
        signIn("pref-reviewer");
        driver.findElement(By.cssSelector(".site-header a[href='/compare']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-chart")));

        new Select(driver.findElement(By.id("category"))).selectByValue("B");
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-chart[data-category='B']")));
        assertThat(driver.getCurrentUrl()).endsWith("/compare?category=B");
        assertThat(years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029);
        WebElement gap = driver.findElement(By.xpath(
                "//th[@data-roadmap='" + draft + "']/following-sibling::td[contains(@class,'gap')]"));
        assertThat(gap.getText()).isEqualTo("項目なし");
        assertThat(driver.findElement(By.cssSelector("tbody[data-municipality='" + IKI_CODE + "'] th.municipality"))
                .getText()).isEqualTo("壱岐市");
        assertNoViolations("compare /compare?category=B (reviewer)");

        new Select(driver.findElement(By.id("category"))).selectByValue("A");
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-chart[data-category='A']")));
        assertThat(driver.findElement(By.id("compare-chart")).getText()).contains(DRAFT_TITLE, "退院支援");
        assertArrowsLineUpWithTheirYears();
        assertNoViolations("compare /compare?category=A (reviewer)");
    }

    private void assertArrowsLineUpWithTheirYears() {
        Map<Integer, double[]> columns = new TreeMap<>();
        for (WebElement th : driver.findElements(By.cssSelector("#compare-chart th.fy"))) {
            columns.put(Integer.parseInt(th.getDomAttribute("data-year")), horizontalEdges(th));
        }
        List<WebElement> arrows = driver.findElements(By.cssSelector("#compare-chart td.arrow-cell > div.arrow"));
        assertThat(arrows).isNotEmpty();
        List<String> misplaced = new ArrayList<>();
        for (WebElement arrow : arrows) {
            int start = Integer.parseInt(arrow.getDomAttribute("data-start"));
            int end = Integer.parseInt(arrow.getDomAttribute("data-end"));
            double[] cell = horizontalEdges(arrow.findElement(By.xpath("./parent::td")));
            if (Math.abs(cell[0] - columns.get(start)[0]) > TOLERANCE || Math.abs(cell[1] - columns.get(end)[1]) > TOLERANCE) {
                misplaced.add(arrow.getDomAttribute("data-arrow") + " " + start + "–" + end);
            }
        }
        assertThat(misplaced).as("arrows not over their fiscal-year columns").isEmpty();
    }

    private List<Integer> years() {
        return driver.findElements(By.cssSelector("#compare-chart th.fy")).stream()
                .map(th -> Integer.parseInt(th.getDomAttribute("data-year"))).toList();
    }

    /** Iki's 第9期・第10期 draft, made through the API by Iki's editor, with one item in A and its arrow. */
    private long ikiDraftWithOneItem() {
        long id = -1;
        for (JsonNode r : getJson("/api/roadmaps")) {
            if (IKI_CODE.equals(r.path("municipality").path("code").asString())
                    && "nagasaki-9-10".equals(r.path("templateId").asString())) {
                id = r.path("id").asLong();
            }
        }
        if (id < 0) {
            HttpResponse<String> created = sendJson("POST", "/api/roadmaps",
                    Map.of("municipalityCode", IKI_CODE, "templateId", "nagasaki-9-10"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = JSON.readTree(created.body()).path("id").asLong();
        }
        JsonNode roadmap = getJson("/api/roadmaps/" + id);
        for (JsonNode item : roadmap.path("items")) {
            if (DRAFT_TITLE.equals(item.path("title").asString())) {
                return id;
            }
        }
        HttpResponse<String> item = sendJson("POST", "/api/roadmaps/" + id + "/items", Map.of(
                "version", roadmap.path("version").asLong(), "category", "A", "title", DRAFT_TITLE,
                "targetVision", "第10期に向けて医療と介護の連携を深める", "achievementYear", "2029", "measures", "協議会を開く"));
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        roadmap = getJson("/api/roadmaps/" + id);
        String itemId = null;
        for (JsonNode i : roadmap.path("items")) {
            if (DRAFT_TITLE.equals(i.path("title").asString())) {
                itemId = i.path("id").asString();
            }
        }
        HttpResponse<String> arrow = sendJson("POST", "/api/roadmaps/" + id + "/items/" + itemId + "/arrows", Map.of(
                "version", roadmap.path("version").asLong(), "label", "医療介護連携協議会の開催",
                "startYear", "2026", "endYear", "2028", "continues", true));
        assertThat(arrow.statusCode()).as(arrow.body()).isEqualTo(201);
        return id;
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page,
                RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) js().executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", element);
    }

    private double[] horizontalEdges(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) js().executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right];", element);
        return new double[] {edges.get(0).doubleValue(), edges.get(1).doubleValue()};
    }
}
