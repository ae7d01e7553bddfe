package org.careroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.careroadmap.resourcemap.tiles.PmtilesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * A closed-network installation whose map background is one .pmtiles file: the application reads the archive and
 * serves plain z/x/y images, and the browser's standard tile layer draws them (no PMTiles library in the page).
 */
@TestPropertySource(properties = {"app.data-dir=./target/h2-it-pmtiles",
        "app.resourcemap.tiles.url=/map/tiles/pmtiles/{z}/{x}/{y}.png",
        "app.resourcemap.tiles.pmtiles=target/pmtiles-it/japan.pmtiles", "app.resourcemap.tiles.max-zoom=16"})
class PmtilesMapIT extends BrowserTestBase {

    @BeforeAll
    static void writeArchive() {
        PmtilesFixture.everywhere(16, PmtilesFixture.png(0xd8e8c8)).writeTo(Path.of("target/pmtiles-it/japan.pmtiles"));
    }

    @Test
    void theMapDrawsTilesReadFromThePmtilesArchive() {
        open("/map/" + IKI_CODE);
        waiting().until(d -> !loadedTiles().isEmpty());
        List<WebElement> tiles = loadedTiles();
        assertThat(tiles.get(0).getAttribute("src")).contains("/map/tiles/pmtiles/");
        assertThat(driver.findElement(By.id("resource-map")).getAttribute("class")).doesNotContain("no-tiles");
    }

    /** Tile images the browser has decoded (naturalWidth &gt; 0), not just placed. */
    private List<WebElement> loadedTiles() {
        @SuppressWarnings("unchecked")
        List<WebElement> loaded = (List<WebElement>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#resource-map img.leaflet-tile'))"
                        + ".filter(function (img) { return img.complete && img.naturalWidth > 0; });");
        return loaded;
    }
}
