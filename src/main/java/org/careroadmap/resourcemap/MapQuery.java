package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidValueException;

/**
 * A map page's address read: the filter and the page of the list. What cannot be read is named in
 * {@code problems} and left out (an unreadable page number is the first page), never guessed.
 */
public record MapQuery(ResourceFilter filter, ListPage page, List<FieldProblem> problems) {

    public MapQuery {
        problems = List.copyOf(problems);
    }

    public static MapQuery parse(Map<String, String> params) {
        ResourceFilter.Parsed parsed = ResourceFilter.parse(params);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        ListPage page = ListPage.FIRST;
        try {
            page = ListPage.parse(params.get("page"));
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of("page", e));
        }
        return new MapQuery(parsed.filter(), page, problems);
    }
}
