package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.insight.JapaneseText.Range;

/**
 * A short excerpt of a text with the matched words marked, as plain parts: the page writes each
 * part as escaped text, wrapping the marked ones in {@code <mark>}, so no user text is ever written
 * as HTML.
 */
public record Snippet(List<Part> parts) {

    /** Characters kept before the first match when the text has to be cut. */
    static final int LEAD = 20;
    static final String ELLIPSIS = "…";

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** One stretch of the excerpt; {@code mark} when it is (part of) a match. */
    public record Part(String text, boolean mark) {
    }

    /**
     * The excerpt of {@code original} of at most {@code maxLength} characters (plus ellipses) that
     * starts a little before the first range, with every range inside it marked. Runs of white
     * space, line breaks included, read as one space.
     */
    static Snippet of(String original, List<Range> ranges, int maxLength) {
        String text = original == null ? "" : original;
        int from = 0;
        int to = text.length();
        if (text.length() > maxLength) {
            int first = ranges.isEmpty() ? 0 : ranges.get(0).start();
            from = Math.max(0, first - LEAD);
            to = Math.min(text.length(), from + maxLength);
            from = Math.max(0, to - maxLength);
            from = notInsidePair(text, from, -1);
            to = notInsidePair(text, to, +1);
        }
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part(ELLIPSIS, false));
        }
        int at = from;
        for (Range r : ranges) {
            int start = Math.max(r.start(), from);
            int end = Math.min(r.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                parts.add(plain(text.substring(at, start)));
            }
            parts.add(new Part(squash(text.substring(start, end)), true));
            at = end;
        }
        if (at < to) {
            parts.add(plain(text.substring(at, to)));
        }
        if (to < text.length()) {
            parts.add(new Part(ELLIPSIS, false));
        }
        return new Snippet(parts);
    }

    /** The whole snippet as plain text, marks dropped (for tests and logs). */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    private static Part plain(String text) {
        return new Part(squash(text), false);
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u3000]+", " ");
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int notInsidePair(String text, int at, int direction) {
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at))) {
            return at + direction;
        }
        return at;
    }
}
