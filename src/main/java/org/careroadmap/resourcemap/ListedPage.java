package org.careroadmap.resourcemap;

import java.util.List;

/**
 * One page of the map's list: its lines, which page it is, how many the whole search finds and whether a next
 * page exists (known from one line more than the page shows, not from the count).
 */
public record ListedPage(List<ResourceListing> resources, ListPage page, ResultCount total, boolean hasNext) {

    public ListedPage {
        resources = List.copyOf(resources);
    }

    /** The first line's position in the whole list (1-based), 0 when the page is empty. */
    public int from() {
        return resources.isEmpty() ? 0 : page.offset() + 1;
    }

    /** The last line's position in the whole list. */
    public int to() {
        return page.offset() + resources.size();
    }

    public boolean hasPrevious() {
        return !page.first();
    }
}
