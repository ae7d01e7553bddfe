package org.careroadmap.roadmap;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;

/** What a person states about an arrow: its label, its span and whether it continues (継続). */
public record ArrowContent(String label, ArrowSpan span, boolean continues) {

    public static final int LABEL_MAX = 200;

    public ArrowContent {
        label = label == null ? "" : label.strip();
        if (label.isEmpty()) {
            throw new InvalidValueException("arrow.labelRequired");
        }
        if (label.length() > LABEL_MAX) {
            throw new InvalidValueException("text.tooLong", LABEL_MAX);
        }
        if (span == null) {
            throw new InvalidValueException("arrow.yearsRequired");
        }
    }

    /** Refuses an arrow outside the template edition's fiscal-year columns. */
    void requireFits(RoadmapTemplate template) {
        if (!template.shows(span.start()) || !template.shows(span.end())) {
            throw new InvalidValueException("arrow.outsideTimeline", template.firstShownYear().label(),
                    template.lastShownYear().label());
        }
    }
}
