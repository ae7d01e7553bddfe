package org.careroadmap.resourcemap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the map's background images (tiles) come from, as configured: by default 地理院タイル 淡色地図 for an
 * installation on the internet; on a closed network (LGWAN) a directory of {z}/{x}/{y} tiles or a .pmtiles
 * file served by the application itself ({@code app.resourcemap.tiles.directory}, at {@code /map/tiles/…});
 * an empty URL shows no tiles at all, and the markers and the list stay whole. The browser is never sent to a
 * host the configuration does not name.
 */
@Component
public class MapSettings {

    private final String tileUrl;
    private final String attribution;
    private final String attributionUrl;
    private final int maxZoom;
    private final String tilesDirectory;

    MapSettings(@Value("${app.resourcemap.tiles.url:https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png}") String tileUrl,
                @Value("${app.resourcemap.tiles.attribution:地理院タイル}") String attribution,
                @Value("${app.resourcemap.tiles.attribution-url:https://maps.gsi.go.jp/development/ichiran.html}") String attributionUrl,
                @Value("${app.resourcemap.tiles.max-zoom:18}") int maxZoom,
                @Value("${app.resourcemap.tiles.directory:}") String tilesDirectory) {
        this.tileUrl = tileUrl == null ? "" : tileUrl.strip();
        this.attribution = attribution;
        this.attributionUrl = attributionUrl;
        this.maxZoom = maxZoom;
        this.tilesDirectory = tilesDirectory == null ? "" : tilesDirectory.strip();
    }

    public String tileUrl() {
        return tileUrl;
    }

    public boolean tiles() {
        return !tileUrl.isEmpty();
    }

    public String attribution() {
        return attribution;
    }

    public String attributionUrl() {
        return attributionUrl;
    }

    public int maxZoom() {
        return maxZoom;
    }

    public String tilesDirectory() {
        return tilesDirectory;
    }
}
