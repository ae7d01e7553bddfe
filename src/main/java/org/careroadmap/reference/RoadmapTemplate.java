package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An edition of the prefecture's roadmap sheet: which plan periods the timeline shows, which
 * fiscal years may be chosen as 達成年度 (instruction ③), and how long an arrow's label may
 * be before it no longer fits "briefly inside the arrow" (instruction ⑤).
 */
public record RoadmapTemplate(
        String id,
        String name,
        PlanPeriod firstPeriod,
        int periodCount,
        FiscalYear selectableFrom,
        FiscalYear selectableTo,
        int arrowLabelMaxLength) {

    public RoadmapTemplate {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new InvalidValueException("template.nameRequired");
        }
        if (firstPeriod == null || periodCount < 1 || periodCount > 4) {
            throw new InvalidValueException("template.periods", periodCount);
        }
        if (selectableFrom == null || selectableTo == null || selectableFrom.isAfter(selectableTo)) {
            throw new InvalidValueException("template.selectableYears");
        }
        if (arrowLabelMaxLength < 5) {
            throw new InvalidValueException("template.labelLength", arrowLabelMaxLength);
        }
    }

    public List<PlanPeriod> periods() {
        return IntStream.range(0, periodCount).mapToObj(i -> PlanPeriod.of(firstPeriod.number() + i)).toList();
    }

    /** The fiscal-year columns of the timeline, oldest first. */
    public List<FiscalYear> shownYears() {
        return periods().stream().flatMap(p -> p.years().stream()).toList();
    }

    public FiscalYear firstShownYear() {
        return firstPeriod.firstYear();
    }

    public FiscalYear lastShownYear() {
        return periods().get(periodCount - 1).lastYear();
    }

    public boolean shows(FiscalYear year) {
        return !year.isBefore(firstShownYear()) && !year.isAfter(lastShownYear());
    }

    /** The list the sheet offers for 達成年度 (instruction ③). */
    public List<FiscalYear> selectableYears() {
        return IntStream.rangeClosed(selectableFrom.value(), selectableTo.value()).mapToObj(FiscalYear::of).toList();
    }

    public boolean isSelectable(FiscalYear year) {
        return !year.isBefore(selectableFrom) && !year.isAfter(selectableTo);
    }
}
