package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;

import org.careroadmap.SharedContextTest;
import org.careroadmap.resourcemap.tiles.PmtilesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The configured .pmtiles archive served as plain z/x/y images (the shared test context names
 * target/test-tiles/archive.pmtiles), anonymously, as the public map requests them.
 */
@SharedContextTest
class ArchiveTilesTest {

    static final byte[] LAND = PmtilesFixture.png(0x88bb66);

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void writeArchive() {
        PmtilesFixture.everywhere(4, LAND).writeTo(Path.of("target/test-tiles/archive.pmtiles"));
    }

    @Test
    void aTileOfTheArchiveIsAnImageTheBrowserMayKeepForADay() throws Exception {
        MvcResult result = mvc.perform(get("/map/tiles/pmtiles/4/14/6.png")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=86400");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(LAND);
        assertThat(mvc.perform(get("/map/tiles/pmtiles/0/0/0")).andReturn().getResponse().getContentAsByteArray()).isEqualTo(LAND);
    }

    @Test
    void tilesOutsideTheGridOrTheArchiveAreNotFound() throws Exception {
        for (String url : new String[] {"/map/tiles/pmtiles/5/0/0", "/map/tiles/pmtiles/4/16/0.png", "/map/tiles/pmtiles/4/0/16",
                "/map/tiles/pmtiles/27/0/0", "/map/tiles/pmtiles/-1/0/0", "/map/tiles/pmtiles/a/b/c.png",
                "/map/tiles/pmtiles/99999999999/0/0"}) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
        }
    }

    @Test
    void aVectorArchiveIsNotServedAsImages() throws Exception {
        Path file = Path.of("target/test-tiles/archive.pmtiles");
        try {
            PmtilesFixture.everywhere(2, new byte[] {0x1a, 0x00}).vector().writeTo(file);
            java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertThat(mvc.perform(get("/map/tiles/pmtiles/1/0/0")).andReturn().getResponse().getStatus()).isEqualTo(404);
        } finally {
            writeArchive();
            java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        }
    }
}
