package org.careroadmap.progress;

import org.jspecify.annotations.Nullable;

/**
 * Where a 工程 arrow stands. Each has a mark as well as a colour class, so the chart never says
 * it by colour alone.
 */
public enum ArrowProgress {
    NOT_STARTED("○"), IN_PROGRESS("▶"), DONE("✔"), DELAYED("！"), CANCELLED("×");

    private final String mark;

    ArrowProgress(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    public String cssClass() {
        return "arrow-progress--" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ArrowProgress parse(@Nullable String text) {
        if (text != null) {
            for (ArrowProgress p : values()) {
                if (p.name().equalsIgnoreCase(text.strip())) {
                    return p;
                }
            }
        }
        throw new org.careroadmap.platform.InvalidValueException("progress.arrow.statusUnknown", String.valueOf(text));
    }
}
