package org.careroadmap.review;

/**
 * A column another module adds to the dashboard: its key (the {@code sort} parameter, e.g.
 * {@code progressStatus}) and its heading in the reader's language.
 */
public record DashboardColumn(String key, String heading) {

    public DashboardColumn {
        if (key == null || !key.matches("[a-z][A-Za-z0-9]{1,40}")) {
            throw new IllegalArgumentException("column key must be a short camelCase word: " + key);
        }
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("column " + key + " needs a heading");
        }
    }
}
