package org.careroadmap.resourcemap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.platform.InvalidValueException;

/**
 * One opening time range of a day, in minutes since midnight ({@code 09:00-17:00} is 540–1020). 24:00 may
 * close a range; a range never ends before it starts, so a night shift is written as two ranges.
 */
public record TimeRange(int opensAt, int closesAt) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})[:：](\\d{2})\\s*[-‐－−～~〜]\\s*(\\d{1,2})[:：](\\d{2})\\s*");
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})[:：](\\d{2})\\s*");

    public TimeRange {
        if (opensAt < 0 || opensAt >= 24 * 60 || closesAt <= 0 || closesAt > 24 * 60) {
            throw new InvalidValueException("resourcemap.time.impossible", format(opensAt) + "-" + format(closesAt));
        }
        if (closesAt <= opensAt) {
            throw new InvalidValueException("resourcemap.time.endBeforeStart", format(opensAt), format(closesAt));
        }
    }

    /** {@code 9:00-12:00}, with full-width colons or a wave dash as people type them. */
    public static TimeRange parse(String text) {
        String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        Matcher m = RANGE.matcher(normalised);
        if (!m.matches()) {
            throw new InvalidValueException("resourcemap.time.unreadable", text);
        }
        return new TimeRange(minutes(m.group(1), m.group(2), text), minutes(m.group(3), m.group(4), text));
    }

    /** One time of day such as {@code 14:30}, in minutes since midnight (24:00 allowed as an end). */
    public static int parseTime(String text) {
        Matcher m = TIME.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        if (!m.matches()) {
            throw new InvalidValueException("resourcemap.time.unreadable", text);
        }
        return minutes(m.group(1), m.group(2), text);
    }

    private static int minutes(String hours, String minutes, String text) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m > 0)) {
            throw new InvalidValueException("resourcemap.time.impossible", text.strip());
        }
        return h * 60 + m;
    }

    public boolean contains(int minute) {
        return opensAt <= minute && minute < closesAt;
    }

    public static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public String toString() {
        return format(opensAt) + "-" + format(closesAt);
    }
}
