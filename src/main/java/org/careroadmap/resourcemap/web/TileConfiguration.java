package org.careroadmap.resourcemap.web;

import java.nio.file.Path;

import org.careroadmap.resourcemap.MapSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Self-hosted map tiles for closed networks: the configured directory is served at {@code /map/tiles/…} —
 * {z}/{x}/{y} image files, or one .pmtiles archive that the browser reads in pieces with HTTP Range requests
 * (Spring's resource handler answers them with 206 Partial Content).
 */
@Configuration(proxyBeanMethods = false)
class TileConfiguration implements WebMvcConfigurer {

    private final MapSettings settings;

    TileConfiguration(MapSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        if (!settings.tilesDirectory().isEmpty()) {
            String location = Path.of(settings.tilesDirectory()).toAbsolutePath().toUri().toString();
            registry.addResourceHandler("/map/tiles/**")
                    .addResourceLocations(location.endsWith("/") ? location : location + "/")
                    .setCachePeriod(86_400);
        }
    }
}
