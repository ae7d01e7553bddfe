package org.careroadmap.resourcemap.web;

import java.time.Duration;
import java.util.Optional;

import org.careroadmap.resourcemap.tiles.PmtilesArchive;
import org.careroadmap.resourcemap.tiles.PmtilesException;
import org.careroadmap.resourcemap.tiles.PmtilesSource;
import org.careroadmap.resourcemap.tiles.TileId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The tiles of the configured .pmtiles archive as plain z/x/y images, so the map's standard tile layer draws them
 * with no PMTiles library in the browser (closed networks: the application itself is the only tile host). Only
 * image archives are served: vector tiles (MVT) would need a renderer in the browser, and answer 404 like a tile
 * outside the grid, outside the archive's zoom levels, or with no archive configured.
 */
@Controller
class ArchiveTiles {

    private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final PmtilesSource source;

    ArchiveTiles(PmtilesSource source) {
        this.source = source;
    }

    @GetMapping("/map/tiles/pmtiles/{z}/{x}/{y}")
    ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y) {
        Optional<PmtilesArchive> archive = source.archive();
        int zoom = number(z);
        long column = number(x);
        long row = number(withoutExtension(y));
        if (archive.isEmpty() || !TileId.exists(zoom, column, row)) {
            return ResponseEntity.notFound().build();
        }
        String mediaType = archive.get().header().tileType().mediaType();
        if (mediaType == null) {
            return ResponseEntity.notFound().build();
        }
        Optional<byte[]> tile;
        try {
            tile = archive.get().tile(zoom, column, row);
        } catch (PmtilesException | java.io.UncheckedIOException e) {
            // A damaged part of the archive: this tile is missing, the map and the list still work.
            return ResponseEntity.notFound().build();
        }
        return tile.map(bytes -> ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                        .cacheControl(ONE_DAY).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Leaflet's URL template may name the image type ({y}.png); the archive says what it is. */
    private static String withoutExtension(String y) {
        int dot = y.indexOf('.');
        return dot < 0 ? y : y.substring(0, dot);
    }

    /** A z, x or y that is not a small non-negative number is no tile (-1 fails {@link TileId#exists}). */
    private static int number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
