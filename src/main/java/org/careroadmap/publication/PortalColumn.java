package org.careroadmap.publication;

/**
 * Where a {@link PortalSection} stands on the portal: its short stable id (used in anchors: {@code progress},
 * {@code evaluation}), its place among the others (smaller first) and the message key of its heading, which the
 * portal writes in the reader's language as the column head on the prefecture page and the section heading on
 * the municipality page.
 */
public record PortalColumn(String id, int order, String headingKey) {

    public PortalColumn {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a portal column's id is a short anchor name: " + id);
        }
        if (headingKey == null || headingKey.isBlank()) {
            throw new IllegalArgumentException("a portal column names its heading's message key");
        }
    }
}
