package org.careroadmap.roadmap.api;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;

/**
 * The list API's query: which prefecture or municipality, and which page. Refuses what it cannot
 * read with one problem per parameter, so a client is told everything at once.
 */
record ListRequest(ListScope scope, int page, int size) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    static ListRequest parse(@Nullable String prefecture, @Nullable String municipality, @Nullable String page,
                             @Nullable String size) {
        List<FieldProblem> problems = new ArrayList<>();
        ListScope scope = ListScope.everywhere();
        if (municipality != null && !municipality.isBlank()) {
            try {
                scope = ListScope.municipality(MunicipalityCode.parse(municipality));
            } catch (InvalidValueException e) {
                problems.add(FieldProblem.of("municipality", e));
            }
        } else if (prefecture != null && !prefecture.isBlank()) {
            String code = prefecture.strip();
            if (PrefectureCode.isValid(code)) {
                scope = ListScope.prefecture(code);
            } else {
                problems.add(new FieldProblem("prefecture", "list.prefecture", List.of(prefecture)));
            }
        }
        int pageNumber = number(page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, "page", "list.page", problems);
        int pageSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", "list.size", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ListRequest(scope, pageNumber, pageSize);
    }

    private static int number(@Nullable String text, int absent, int min, int max, String field, String key,
                              List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the range that is accepted
        }
        problems.add(new FieldProblem(field, key, List.of(min, max)));
        return absent;
    }

    int offset() {
        return page * size;
    }

    boolean hasNext(int total) {
        return (long) (page + 1) * size < total;
    }
}
