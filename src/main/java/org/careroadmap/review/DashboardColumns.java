package org.careroadmap.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Columns another module adds to the prefecture's dashboard (e.g. {@code progress}: the state of each
 * municipality's progress report and its ratings), without the review module knowing that module.
 * Implement it as a Spring bean there; the dashboard asks every bean of this type, shows its columns
 * after its own, and sorts by them ({@code ?sort=} a column's key) without JavaScript.
 */
public interface DashboardColumns {

    /** The columns in order, with headings in the reader's language. Keys must differ from the dashboard's own. */
    List<DashboardColumn> columns(String prefectureCode, Locale locale);

    /** Per municipality code, its cells by column key; a municipality or column left out shows an empty cell. */
    Map<String, Map<String, DashboardCell>> cells(String prefectureCode, Locale locale);

    /**
     * Changes whenever any cell or heading may have changed, read from the database: the dashboard is kept in
     * memory per person (platform's PersonalPageCache) until this, or the dashboard's own state, changes.
     */
    String version(String prefectureCode);
}
