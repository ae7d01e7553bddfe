package org.careroadmap.progress;

import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.ReviewCycle;
import org.careroadmap.platform.ReviewStep;
import org.careroadmap.platform.StepRule;

/**
 * The steps of a progress report's lifecycle: the shared {@link ReviewCycle}'s, each with which side takes it.
 * The buttons and the actions ask this one table.
 */
public enum ReportStep implements ReviewStep<ReportStatus> {
    SUBMIT(ReviewCycle.SUBMIT, false),
    RETURN(ReviewCycle.RETURN, true),
    ACCEPT(ReviewCycle.ACCEPT, true),
    PUBLISH(ReviewCycle.PUBLISH, true);

    private final StepRule<ReportStatus> rule;
    private final boolean prefecture;

    ReportStep(ReviewCycle step, boolean prefecture) {
        this.rule = step.rule(ReportStatus.class);
        this.prefecture = prefecture;
    }

    @Override
    public StepRule<ReportStatus> rule() {
        return rule;
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
