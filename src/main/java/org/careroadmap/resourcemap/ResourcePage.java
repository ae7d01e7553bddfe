package org.careroadmap.resourcemap;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * One page of the resource API's answer: its number (from 1) and how many resources it holds at most. Both are
 * bounded, so no answer is larger than {@link #MAX_SIZE} resources and no offset reaches past
 * {@link #MAX_NUMBER} pages.
 */
public record ResourcePage(int number, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;
    public static final int MAX_NUMBER = 10_000;

    public ResourcePage {
        if (number < 1 || number > MAX_NUMBER || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + number + " of " + size);
        }
    }

    /** The page number in an address: absent is the first; anything but 1 to {@link #MAX_NUMBER} is refused. */
    public static int number(@Nullable String text) {
        return read(text, 1, MAX_NUMBER, "resourcemap.api.page");
    }

    /** The page size in an address: absent is {@link #DEFAULT_SIZE}; anything but 1 to {@link #MAX_SIZE} is refused. */
    public static int size(@Nullable String text) {
        return read(text, DEFAULT_SIZE, MAX_SIZE, "resourcemap.api.size");
    }

    private static int read(@Nullable String text, int absent, int max, String messageKey) {
        if (text == null) {
            return absent;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw new InvalidValueException(messageKey, text, max);
        }
        return Integer.parseInt(text);
    }

    /** How many resources come before this page. */
    public int offset() {
        return (number - 1) * size;
    }

    public boolean first() {
        return number == 1;
    }
}
