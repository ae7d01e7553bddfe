package org.careroadmap.resourcemap;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Which page of the map's list the address asks for ({@code page=3}), fifty lines a page: a resident on a slow
 * island link reads a short page, and a shared link still shows the same lines. Numbers start at 1.
 */
public record ListPage(int number) {

    /** Lines on one page of the list. */
    public static final int SIZE = 50;
    /** The last page anyone can ask for; beyond it an offset would only make the database skip rows for nothing. */
    public static final int MAX = 10_000;
    public static final ListPage FIRST = new ListPage(1);

    public ListPage {
        if (number < 1 || number > MAX) {
            throw new InvalidValueException("resourcemap.page.invalid", String.valueOf(number));
        }
    }

    /** Reads {@code page} from the address; absent or blank is the first page, anything else must be 1–{@value #MAX}. */
    public static ListPage parse(@Nullable String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return FIRST;
        }
        if (!value.matches("\\d{1,5}")) {
            throw new InvalidValueException("resourcemap.page.invalid", value);
        }
        return new ListPage(Integer.parseInt(value));
    }

    /** The lines skipped before this page. */
    public int offset() {
        return (number - 1) * SIZE;
    }

    public boolean first() {
        return number == 1;
    }

    public ListPage previous() {
        return first() ? this : new ListPage(number - 1);
    }

    public ListPage next() {
        return new ListPage(Math.min(number + 1, MAX));
    }
}
