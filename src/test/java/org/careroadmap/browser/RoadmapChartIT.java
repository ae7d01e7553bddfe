package org.careroadmap.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Iki City's roadmap as the browser draws it: title, categories, arrows in their years, accessibility, English.
 * Only reads. It keeps its own H2 file (beside the shared one), which the editing tests never touch, so the chart
 * and the README screenshot always show Iki's demo roadmap as loaded.
 */
@TestPropertySource(properties = "app.data-dir=./target/h2-it-chart")
class RoadmapChartIT extends BrowserTestBase {

    /** Allowed gap between an arrow's edge and its fiscal-year column's edge, in CSS px. */
    private static final double TOLERANCE = 3.0;

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private void openIkiChart() {
        open("/roadmaps/" + ikiRoadmapId());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));
    }

    @Test
    void ikiChartShowsTitleAndAllEightCategories() {
        openIkiChart();

        assertThat(driver.findElement(By.cssSelector("h1.sheet-title")).getText())
                .isEqualTo("【壱岐市地域包括ケアシステム推進ロードマップ】");
        List<String> categories = driver.findElements(By.cssSelector("#roadmap-chart > tbody[data-category]"))
                .stream().map(tbody -> tbody.getDomAttribute("data-category")).toList();
        assertThat(categories).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(driver.findElements(By.cssSelector("#roadmap-chart th.fy"))).extracting(th -> th.getDomAttribute("id"))
                .containsExactly("fy2021", "fy2022", "fy2023", "fy2024", "fy2025", "fy2026");
    }

    @Test
    void everyArrowIsDrawnFromItsStartYearColumnToItsEndYearColumn() {
        openIkiChart();

        Map<Integer, double[]> columns = new TreeMap<>();
        for (WebElement th : driver.findElements(By.cssSelector("#roadmap-chart th.fy"))) {
            int year = Integer.parseInt(th.getDomAttribute("data-year"));
            assertThat(th.getDomAttribute("id")).isEqualTo("fy" + year);
            columns.put(year, horizontalEdges(th));
        }
        assertThat(columns).isNotEmpty();

        List<WebElement> arrows = driver.findElements(By.cssSelector("#roadmap-chart td.arrow-cell > div.arrow"));
        assertThat(arrows).as("Iki's demo roadmap has arrows").isNotEmpty();
        List<String> misplaced = new ArrayList<>();
        for (WebElement arrow : arrows) {
            String id = arrow.getDomAttribute("data-arrow");
            int start = Integer.parseInt(arrow.getDomAttribute("data-start"));
            int end = Integer.parseInt(arrow.getDomAttribute("data-end"));
            assertThat(columns).as("arrow %s: columns for %d–%d", id, start, end).containsKeys(start, end);
            double[] startColumn = columns.get(start);
            double[] endColumn = columns.get(end);
            double[] cell = horizontalEdges(arrow.findElement(By.xpath("./parent::td")));
            double[] bar = horizontalEdges(arrow);
            if (Math.abs(cell[0] - startColumn[0]) > TOLERANCE || Math.abs(cell[1] - endColumn[1]) > TOLERANCE
                    || Math.abs(bar[0] - startColumn[0]) > TOLERANCE || Math.abs(bar[1] - endColumn[1]) > TOLERANCE) {
                misplaced.add(String.format("arrow %s (%d–%d): cell %.1f–%.1f, bar %.1f–%.1f, columns %.1f–%.1f",
                        id, start, end, cell[0], cell[1], bar[0], bar[1], startColumn[0], endColumn[1]));
            }
        }
        assertThat(misplaced).as("arrows not lined up with their fiscal-year columns").isEmpty();
    }

    @Test
    void chartShowsTheSameArrowsAsTheJsonApi() {
        long id = ikiRoadmapId();
        JsonNode roadmap = getJson("/api/roadmaps/" + id);
        Map<String, String> fromApi = new TreeMap<>();
        for (JsonNode item : roadmap.path("items")) {
            for (JsonNode arrow : item.path("arrows")) {
                fromApi.put(arrow.path("id").asString(),
                        arrow.path("startYear").asInt() + "-" + arrow.path("endYear").asInt());
            }
        }

        openIkiChart();
        List<WebElement> arrows = driver.findElements(By.cssSelector("#roadmap-chart div.arrow"));
        Map<String, String> onPage = arrows.stream().collect(Collectors.toMap(
                a -> a.getDomAttribute("data-arrow"),
                a -> a.getDomAttribute("data-start") + "-" + a.getDomAttribute("data-end"),
                (a, b) -> { throw new AssertionError("arrow drawn twice: " + a); }, TreeMap::new));

        assertThat(arrows).hasSize(fromApi.size());
        assertThat(onPage).isEqualTo(fromApi);
    }

    @Test
    void screenshotOfIkiChart() throws IOException {
        openIkiChart();
        Number width = (Number) js().executeScript("return window.innerWidth;");
        Number height = (Number) js().executeScript("return window.innerHeight;");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "iki-chart.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(width.intValue()).isEqualTo(1600);
        assertThat(height.intValue()).isEqualTo(1200);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void chartPageHasNoWcagViolations() {
        openIkiChart();
        assertNoViolations("chart /roadmaps/{id}");
    }

    @Test
    void homePageHasNoWcagViolations() {
        open("/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("m-" + IKI_CODE)));
        assertThat(driver.findElements(By.cssSelector("table.list > tbody > tr"))).hasSize(21);
        assertNoViolations("home /");
    }

    @Test
    void englishChartHeadsTheYearColumnAchievementYear() {
        open("/roadmaps/" + ikiRoadmapId() + "?lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-chart")));

        assertThat(driver.findElement(By.id("h-year")).getText()).isEqualTo("Achievement year");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    static String describe(List<Rule> violations) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : violations) {
            out.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append('\n');
            rule.getNodes().stream().limit(10).forEach(node -> out.append("    ").append(node.getTarget())
                    .append(": ").append(String.valueOf(node.getFailureSummary()).replace('\n', ' ')).append('\n'));
            if (rule.getNodes().size() > 10) {
                out.append("    … ").append(rule.getNodes().size() - 10).append(" more\n");
            }
        }
        return out.toString();
    }

    /** Left and right edge of an element's border box, in CSS px of the viewport. */
    private double[] horizontalEdges(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) js().executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right];", element);
        return new double[] {edges.get(0).doubleValue(), edges.get(1).doubleValue()};
    }
}
