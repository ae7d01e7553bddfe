package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.careroadmap.evaluation.EvaluationStatus;
import org.careroadmap.evaluation.EvaluationStep;
import org.careroadmap.progress.ReportStatus;
import org.careroadmap.progress.ReportStep;
import org.junit.jupiter.api.Test;

class ReviewCycleTableTest {

    enum Status { DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED }

    enum Lacking { DRAFT, SUBMITTED, ACCEPTED, PUBLISHED }

    @Test
    void eachStepBecomesARuleOverAModulesOwnStatesByName() {
        assertThat(ReviewCycle.SUBMIT.rule(Status.class)).isEqualTo(new StepRule<>(Set.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED));
        assertThat(ReviewCycle.RETURN.rule(Status.class)).isEqualTo(new StepRule<>(Set.of(Status.SUBMITTED), Status.RETURNED));
        assertThat(ReviewCycle.ACCEPT.rule(Status.class)).isEqualTo(new StepRule<>(Set.of(Status.SUBMITTED), Status.ACCEPTED));
        assertThat(ReviewCycle.PUBLISH.rule(Status.class)).isEqualTo(new StepRule<>(Set.of(Status.ACCEPTED), Status.PUBLISHED));
    }

    @Test
    void aStatusEnumWithoutOneOfTheCyclesStatesIsRefused() {
        assertThatThrownBy(() -> ReviewCycle.SUBMIT.rule(Lacking.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluationsAndProgressReportsFollowTheSameCycle() {
        for (ReviewCycle step : ReviewCycle.values()) {
            EvaluationStep evaluation = EvaluationStep.valueOf(step.name());
            ReportStep report = ReportStep.valueOf(step.name());
            for (ReviewCycle.State state : ReviewCycle.State.values()) {
                assertThat(evaluation.allowedFrom(EvaluationStatus.valueOf(state.name())))
                        .isEqualTo(report.allowedFrom(ReportStatus.valueOf(state.name())))
                        .isEqualTo(step.rule(Status.class).allowedFrom(Status.valueOf(state.name())));
            }
            assertThat(evaluation.target().name()).isEqualTo(report.target().name()).isEqualTo(step.rule(Status.class).to().name());
        }
        assertThat(EvaluationStep.SUBMIT.allowedFrom(EvaluationStatus.RETURNED)).isTrue();
        assertThat(ReportStep.PUBLISH.allowedFrom(ReportStatus.SUBMITTED)).isFalse();
    }
}
