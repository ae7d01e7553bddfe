package org.careroadmap.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The address of a stylesheet or script with its content's fingerprint in the name
 * ({@code /css/app-5d41402abc4b2a76b9719d911017c592.css}), so browsers may keep it for a year and still
 * get a changed file at once. Templates ask {@code ${@staticAssets.path('/css/app.css')}} for the few
 * files of the layout; Spring's link rewriting of every link stays off (see ResourceLinkConfiguration).
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component("staticAssets")
public class StaticAssets {

    private final ResourceUrlProvider resources;
    // Keys are the layout's few constant paths, so the map stays as small as the set of assets.
    private final Map<String, String> fingerprinted = new ConcurrentHashMap<>();

    StaticAssets(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    public String path(String plainPath) {
        return fingerprinted.computeIfAbsent(plainPath, this::lookUp);
    }

    private String lookUp(String plainPath) {
        String versioned = resources.getForLookupPath(plainPath);
        return versioned != null ? versioned : plainPath;
    }
}
