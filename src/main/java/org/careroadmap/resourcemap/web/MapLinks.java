package org.careroadmap.resourcemap.web;

import org.careroadmap.resourcemap.ListPage;
import org.careroadmap.resourcemap.ListedPage;
import org.careroadmap.resourcemap.ResourceFilter;
import org.careroadmap.resourcemap.ResourceScope;
import org.jspecify.annotations.Nullable;

/**
 * The addresses a map page links to, each with the same filter: the previous and the next page of the list (none
 * where there is no such page) and the markers of the whole filtered set. Plain links, so paging works with no
 * script and every page has an address of its own.
 */
record MapLinks(@Nullable String previous, @Nullable String next, String markers) {

    static MapLinks of(ResourceScope scope, ResourceFilter filter, ListedPage listed) {
        ListPage page = listed.page();
        String base = scope.municipality() ? "/map/" + scope.code() : "/map";
        return new MapLinks(listed.hasPrevious() ? address(base, scope, filter, page.previous()) : null,
                listed.hasNext() ? address(base, scope, filter, page.next()) : null,
                address(base + "/markers", scope, filter, ListPage.FIRST));
    }

    private static String address(String path, ResourceScope scope, ResourceFilter filter, ListPage page) {
        StringBuilder query = new StringBuilder();
        if (!scope.municipality()) {
            query.append("prefecture=").append(scope.code());
        }
        String filters = filter.queryString();
        if (!filters.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&").append(filters);
        }
        if (!page.first()) {
            query.append(query.isEmpty() ? "" : "&").append("page=").append(page.number());
        }
        return query.isEmpty() ? path : path + "?" + query;
    }
}
