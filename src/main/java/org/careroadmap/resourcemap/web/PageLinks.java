package org.careroadmap.resourcemap.web;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.resourcemap.ResourcePage;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Link header (RFC 8288) of a paged answer: the first, previous and next pages at the address asked, with its
 * filters and size as they were and only {@code page} changed. A next page is named only when there is one.
 */
final class PageLinks {

    private PageLinks() {
    }

    static String of(ResourcePage page, boolean hasNext) {
        List<String> links = new ArrayList<>();
        links.add(link(1, "first"));
        if (!page.first()) {
            links.add(link(page.number() - 1, "prev"));
        }
        if (hasNext && page.number() < ResourcePage.MAX_NUMBER) {
            links.add(link(page.number() + 1, "next"));
        }
        return String.join(", ", links);
    }

    private static String link(int number, String rel) {
        String address = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number).build().toUriString();
        return "<" + address + ">; rel=\"" + rel + "\"";
    }
}
