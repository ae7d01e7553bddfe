package org.careroadmap.roadmap;

import java.util.Objects;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;

/** An arrow as a person or client sends it; read with every problem reported by field. */
public record ArrowInput(String label, String startYear, String endYear, boolean continues) {

    public ArrowContent toContent(RoadmapTemplate template) {
        InputReader reader = new InputReader();
        String text = reader.read("label", label, raw -> {
            String t = raw == null ? "" : raw.strip();
            if (t.isEmpty()) {
                throw new InvalidValueException("arrow.labelRequired");
            }
            return ItemInput.maxLength(t, ArrowContent.LABEL_MAX);
        });
        FiscalYear start = reader.read("startYear", startYear, raw -> shown(raw, template));
        FiscalYear end = reader.read("endYear", endYear, raw -> shown(raw, template));
        if (start != null && end != null && end.isBefore(start)) {
            reader.reject("endYear", "arrow.endBeforeStart", start.label(), end.label());
        }
        reader.throwIfAny();
        // Each field was read without a problem (throwIfAny refused any other), so each is present.
        return new ArrowContent(Objects.requireNonNull(text, "label read"), new ArrowSpan(Objects.requireNonNull(start,
                "start read"), Objects.requireNonNull(end, "end read")), continues);
    }

    private static FiscalYear shown(String raw, RoadmapTemplate template) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("arrow.yearsRequired");
        }
        FiscalYear year = FiscalYear.parse(raw);
        if (!template.shows(year)) {
            throw new InvalidValueException("arrow.outsideTimeline", template.firstShownYear().label(),
                    template.lastShownYear().label());
        }
        return year;
    }
}
