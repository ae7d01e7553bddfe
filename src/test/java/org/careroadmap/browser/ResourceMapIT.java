package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The public resource map in a real browser, as on a closed network without map tiles: filter by 訪問看護 and
 * night/holiday contact, the address holds the filters, a reload shows the same list, the map shows a marker per
 * resource the filter finds on a plain background (the list is paged; the map is not), open one resource, and download the booklet whose text holds it and its
 * night contact. The search page (with the map) and the resource page pass axe-core's WCAG 2.1 AA rules.
 */
@TestPropertySource(properties = {"app.data-dir=./target/h2-it-resourcemap", "app.resourcemap.tiles.url="})
class ResourceMapIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void filtersLiveInTheAddressAndTheBookletHoldsTheNightContact() throws Exception {
        open("/map/" + IKI_CODE);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kind")));
        new Select(driver.findElement(By.id("kind"))).selectByValue("visiting-nursing");
        WebElement night = driver.findElement(By.cssSelector("input[name=night]"));
        if (!night.isSelected()) {
            night.click();
        }
        submit(driver.findElement(By.id("filter-submit")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));

        String address = driver.getCurrentUrl();
        assertThat(address).contains("kind=visiting-nursing").contains("night=1");
        List<String> names = listedNames();
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).contains("訪問看護"));

        // The markers stand on a plain background (no tiles configured) and match the list one to one.
        waiting().until(d -> driver.findElement(By.id("resource-map")).getAttribute("data-markers") != null);
        assertThat(driver.findElement(By.id("resource-map")).getAttribute("data-markers")).isEqualTo(Integer.toString(names.size()));
        assertThat(driver.findElement(By.id("resource-map")).getAttribute("class")).contains("no-tiles");
        assertThat(driver.findElements(By.cssSelector("#resource-map path.leaflet-interactive"))).hasSize(names.size());
        assertNoViolations("the search with its map");

        driver.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
        assertThat(driver.getCurrentUrl()).isEqualTo(address);
        assertThat(listedNames()).isEqualTo(names);
        assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("visiting-nursing");
        assertThat(driver.findElement(By.cssSelector("input[name=night]")).isSelected()).isTrue();

        String bookletHref = driver.findElement(By.id("booklet-link")).getAttribute("href");
        assertThat(bookletHref).contains("kind=visiting-nursing").contains("night=1");

        WebElement first = driver.findElement(By.cssSelector(".resource-entry a.resource-link"));
        String name = first.getText();
        first.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        String nightContact = driver.findElement(By.cssSelector(".night-care dd")).getText();
        assertThat(nightContact).startsWith("000-");
        assertThat(driver.findElement(By.cssSelector(".qr-block svg"))).isNotNull();
        assertNoViolations("the resource page");

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(bookletHref)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path file = Files.createTempFile("booklet-", ".pdf");
        try {
            Files.write(file, pdf.body());
            Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(text).contains(name).contains(nightContact).contains("夜間・休日の連絡先");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A long import (20,000 rows) shows a moving progress bar with its count in the busy status area while its one
     * request runs, then lands on the preview as without JavaScript. The page itself notes what the bar showed
     * (in sessionStorage, which outlives the navigation): the driver waits for the submission to end before it
     * answers again.
     */
    @Test
    void aLongImportShowsAMovingProgressBarWhileTheFileIsRead() throws Exception {
        Path csv = Files.createTempFile("import-", ".csv");
        try {
            Files.write(csv, org.careroadmap.resourcemap.LargeOpenDataFile.careServices("BRW", 20000));
            signIn("iki-editor");
            open("/map/" + IKI_CODE + "/import");
            js().executeScript("sessionStorage.removeItem('bar');"
                    + "var status = document.querySelector('form[data-progress-url] [data-busy-status]');"
                    + "new MutationObserver(function () {"
                    + "  var bar = status.querySelector('progress');"
                    + "  if (bar) { sessionStorage.setItem('bar', (sessionStorage.getItem('bar') || '') + bar.value + ' ' + status.textContent + '\\n'); }"
                    + "}).observe(status, {childList: true, subtree: true, characterData: true, attributes: true});");
            driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            // The click returns only when the import's one request has answered: give it the wait's 180 s, not the
            // page-load timeout's 30 (on PostgreSQL beside the H2 pass, on a loaded machine, it took 35 s once).
            driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(180));
            try {
                driver.findElement(By.cssSelector("form[data-progress-url] button[type=submit]")).click();
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(180))
                        .until(ExpectedConditions.urlContains("/map/imports/"));
            } finally {
                driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
            }

            String seen = (String) js().executeScript("return sessionStorage.getItem('bar') || '';");
            List<String> lines = seen.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(seen).anySatisfy(l -> assertThat(l).containsPattern("\\d[\\d,]* / 20,000 行を確認しました"));
            List<Double> values = lines.stream().map(l -> Double.parseDouble(l.substring(0, l.indexOf(' ')))).toList();
            assertThat(values).as(seen).isSorted();
            assertThat(values.stream().distinct().count()).as("the bar moved: %s", seen).isGreaterThanOrEqualTo(2);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * Iki's 61 demo resources: the list shows 50 and a 次へ link (no script needed), the next page the other 11 with
     * the page in the address, and the map beside either page every one of the 61 markers.
     */
    @Test
    void theListIsPagedWhileTheMapShowsEveryMarkerOfTheFilter() {
        open("/map/" + IKI_CODE);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
        assertThat(driver.findElement(By.id("result-count")).getText()).contains("1–50件");
        assertThat(listedNames()).hasSize(50);
        waiting().until(d -> d.findElement(By.id("resource-map")).getAttribute("data-markers") != null);
        String total = driver.findElement(By.id("resource-map")).getAttribute("data-markers");
        assertThat(Integer.parseInt(total)).as("every marker of the filter").isGreaterThan(50);

        driver.findElement(By.id("page-next")).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("page-previous")));
        assertThat(driver.findElement(By.id("result-count")).getText()).contains("51–");
        assertThat(listedNames()).hasSize(Integer.parseInt(total) - 50);
        waiting().until(d -> d.findElement(By.id("resource-map")).getAttribute("data-markers") != null);
        assertThat(driver.findElement(By.id("resource-map")).getAttribute("data-markers")).isEqualTo(total);
        assertNoViolations("the second page of the list");
    }

    /**
     * A place with more markers than one answer carries (3,001 clinics on a small grid in 南島原市): the first view
     * fits them all, shows 3,000 and asks to zoom in; zoomed in, the map asks for the markers of its view and shows
     * only those, and the note goes.
     */
    @Test
    void aMapWithMoreMarkersThanOneAnswerAsksForTheViewsMarkersOnceZoomedIn() {
        String place = "422142";
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n <= 3000; n++) {
            rows.add(new Object[] {place, "VIEW-IT-" + n, "範囲診療所" + n, 32.6 + (n / 100) * 0.001, 130.2 + (n % 100) * 0.001,
                    "範囲診療所" + n});
        }
        jdbc.batchUpdate("INSERT INTO resource (municipality_code, source_id, kind_code, name, latitude, longitude, services, "
                + "closed_on_holidays, closed_year_end, open_24h, home_visits, end_of_life_care, palliative_care, "
                + "search_text, version, updated_at, updated_by, kind_position, sort_name) VALUES (?, ?, 'clinic', ?, ?, ?, '内科', "
                + "FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 'はんいしんりょうじょ', 1, CURRENT_TIMESTAMP, 'test', "
                + "(SELECT position FROM resource_kind WHERE code = 'clinic'), ?)", rows);
        try {
            open("/map/" + place);
            waiting().until(d -> "3000".equals(d.findElement(By.id("resource-map")).getAttribute("data-markers")));
            assertThat(driver.findElement(By.id("markers-truncated")).isDisplayed()).as("zoom in, says the note").isTrue();
            assertThat(driver.findElement(By.id("resource-map")).getAttribute("data-view")).as("no view asked yet").isNull();

            for (int zoom = 0; zoom < 3; zoom++) {
                driver.findElement(By.cssSelector("#resource-map .leaflet-control-zoom-in")).click();
            }
            waiting().until(d -> {
                WebElement map = d.findElement(By.id("resource-map"));
                String shown = map.getAttribute("data-markers");
                return map.getAttribute("data-view") != null && shown != null && Integer.parseInt(shown) < 3000;
            });
            assertThat(Integer.parseInt(driver.findElement(By.id("resource-map")).getAttribute("data-markers"))).isPositive();
            assertThat(driver.findElement(By.id("markers-truncated")).isDisplayed()).isFalse();
        } finally {
            jdbc.update("DELETE FROM resource WHERE source_id LIKE 'VIEW-IT-%'");
        }
    }

    private List<String> listedNames() {
        return driver.findElements(By.cssSelector(".resource-entry a.resource-link")).stream().map(WebElement::getText).toList();
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page,
                RoadmapChartIT.describe(results.getViolations())).isEmpty();
    }
}
