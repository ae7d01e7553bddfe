package org.careroadmap.progress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defining an item's indicators and typing in their targets and actuals per fiscal year. */
@Service
@Transactional
public class Indicators {

    private final ProgressGuard guard;
    private final ProgressStore store;

    Indicators(ProgressGuard guard, ProgressStore store) {
        this.guard = guard;
        this.store = store;
    }

    public Indicator define(long roadmapId, IndicatorInput input) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        InputReader reader = new InputReader();
        String itemId = input.itemId();
        if (itemId == null || doc.roadmap().item(itemId).isEmpty()) {
            reader.reject("itemId", "progress.activity.itemUnknown", String.valueOf(itemId));
        }
        IndicatorSource source = reader.read("source", input.source(), Indicators::source);
        List<String> known = store.kinds(doc.municipality().prefectureCode());
        List<String> kinds = new ArrayList<>();
        for (String k : input.kinds() == null ? List.<String>of() : input.kinds()) {
            if (k == null || k.isBlank()) {
                continue;
            }
            if (!known.contains(k.strip())) {
                reader.reject("kinds", "progress.activity.kindUnknown", k.strip(), String.join("、", known));
            } else {
                kinds.add(k.strip());
            }
        }
        Indicator checked = reader.check("name", () -> {
            if (input.unit() == null || input.unit().isBlank() || input.unit().length() > Indicator.UNIT_MAX) {
                reader.reject("unit", "progress.indicator.unit", Indicator.UNIT_MAX);
            }
            // A missing name reads as a blank one, which the record refuses with the name's message.
            // An unknown item is rejected above, so the indicator made here is never saved without its item.
            return new Indicator(null, roadmapId, itemId == null ? "" : itemId, input.name() == null ? "" : input.name().strip(), input.unit() == null || input.unit().isBlank() ? "-" : input.unit().strip(),
                    input.higherIsBetter() == null || input.higherIsBetter(), source == null ? IndicatorSource.MANUAL : source,
                    kinds, Map.of());
        });
        reader.throwIfAny();
        Indicator indicator = Objects.requireNonNull(checked, "the reader throws for every problem it found");
        long id = store.insert(indicator, guard.clock().instant());
        guard.record(doc, "progress.indicator.added", "INDICATOR", Long.toString(id), indicator.name(), Map.of(),
                Map.of("name", indicator.name(), "unit", indicator.unit(), "source", indicator.source().name()));
        return find(roadmapId, id);
    }

    /** Sets one fiscal year's target and (for a typed-in indicator) actual; blank clears a figure. */
    public Indicator setValue(long roadmapId, long indicatorId, @Nullable String fiscalYear, @Nullable String target,
                              @Nullable String actual) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        Indicator indicator = find(roadmapId, indicatorId);
        InputReader reader = new InputReader();
        FiscalYear read = reader.read("fiscalYear", fiscalYear, text -> guard.shownYear(doc, text));
        BigDecimal t = reader.read("target", target, Indicators::figure);
        BigDecimal a = reader.read("actual", actual, Indicators::figure);
        if (a != null && indicator.source() != IndicatorSource.MANUAL) {
            reader.reject("actual", "progress.indicator.actualComputed");
        }
        reader.throwIfAny();
        FiscalYear year = Objects.requireNonNull(read, "the reader throws for every problem it found");
        guard.requireOpen(doc, year);
        Indicator.YearValue before = indicator.values().get(year.value());
        store.putValue(indicatorId, year, t, a);
        guard.record(doc, "progress.indicator.valueSet", "INDICATOR", Long.toString(indicatorId),
                indicator.name() + " " + year.label(),
                before == null ? Map.of() : Map.of("target", String.valueOf(before.target()), "actual", String.valueOf(before.actual())),
                Map.of("target", String.valueOf(t), "actual", String.valueOf(a)));
        return find(roadmapId, indicatorId);
    }

    public void remove(long roadmapId, long indicatorId) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        Indicator indicator = find(roadmapId, indicatorId);
        store.deleteIndicator(roadmapId, indicatorId);
        guard.record(doc, "progress.indicator.removed", "INDICATOR", Long.toString(indicatorId), indicator.name(),
                Map.of("name", indicator.name()), Map.of());
    }

    private Indicator find(long roadmapId, long indicatorId) {
        return store.indicators(roadmapId).stream().filter(i -> Objects.equals(i.id(), indicatorId)).findFirst()
                .orElseThrow(() -> new ProgressNotFoundException("indicator " + indicatorId));
    }

    static IndicatorSource source(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return IndicatorSource.MANUAL;
        }
        try {
            return IndicatorSource.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("progress.indicator.source");
        }
    }

    /** A target or actual: blank is none; otherwise a number not below zero (full-width digits read too). */
    static @Nullable BigDecimal figure(@Nullable String text) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("progress.count.notANumber", s);
        }
        if (value.signum() < 0) {
            throw new InvalidValueException("progress.count.negative", s);
        }
        if (value.precision() - value.scale() > 12 || value.scale() > 2) {
            throw new InvalidValueException("progress.count.tooPrecise", s);
        }
        return Indicator.plain(value);
    }
}
