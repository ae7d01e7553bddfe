package org.careroadmap.progress;

import java.util.Set;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.StepRule;

/**
 * The steps of a progress report's lifecycle, each with the states it starts from and the state it
 * leads to. The buttons and the actions ask this one table.
 */
public enum ReportStep {
    SUBMIT(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED, false),
    RETURN(Set.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED, true),
    ACCEPT(Set.of(ReportStatus.SUBMITTED), ReportStatus.ACCEPTED, true),
    PUBLISH(Set.of(ReportStatus.ACCEPTED), ReportStatus.PUBLISHED, true);

    private final StepRule<ReportStatus> rule;
    private final boolean prefecture;

    ReportStep(Set<ReportStatus> from, ReportStatus to, boolean prefecture) {
        this.rule = new StepRule<>(from, to);
        this.prefecture = prefecture;
    }

    public boolean allowedFrom(ReportStatus status) {
        return rule.allowedFrom(status);
    }

    public ReportStatus to() {
        return rule.to();
    }

    /** Taken by the prefecture's staff (else by the municipality's editor). */
    public boolean byPrefecture() {
        return prefecture;
    }

    public static ReportStep parse(String text) {
        return StepRule.named(ReportStep.class, text).orElseThrow(
                () -> new InvalidValueException("progress.report.stepUnknown", String.valueOf(text)));
    }
}
