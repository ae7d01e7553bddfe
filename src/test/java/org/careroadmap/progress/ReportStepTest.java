package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroadmap.platform.ReviewCycle;
import org.junit.jupiter.api.Test;

/** A progress report's steps follow platform's review cycle state by state; only which side takes them is the module's own. */
class ReportStepTest {

    @Test
    void eachStepStartsFromAndLeadsToTheStatesOfTheReviewCycle() {
        for (ReviewCycle step : ReviewCycle.values()) {
            ReportStep report = ReportStep.valueOf(step.name());
            for (ReviewCycle.State state : ReviewCycle.State.values()) {
                assertThat(report.allowedFrom(ReportStatus.valueOf(state.name()))).as(step + " from " + state)
                        .isEqualTo(step.rule(ReviewCycle.State.class).allowedFrom(state));
            }
            assertThat(report.target().name()).isEqualTo(step.rule(ReviewCycle.State.class).to().name());
        }
        assertThat(ReportStep.SUBMIT.allowedFrom(ReportStatus.RETURNED)).isTrue();
        assertThat(ReportStep.PUBLISH.allowedFrom(ReportStatus.SUBMITTED)).isFalse();
    }
}
