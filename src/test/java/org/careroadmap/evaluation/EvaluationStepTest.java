package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroadmap.platform.ReviewCycle;
import org.junit.jupiter.api.Test;

/** An evaluation's steps follow platform's review cycle state by state; only who takes them is the module's own. */
class EvaluationStepTest {

    @Test
    void eachStepStartsFromAndLeadsToTheStatesOfTheReviewCycle() {
        for (ReviewCycle step : ReviewCycle.values()) {
            EvaluationStep evaluation = EvaluationStep.valueOf(step.name());
            for (ReviewCycle.State state : ReviewCycle.State.values()) {
                assertThat(evaluation.allowedFrom(EvaluationStatus.valueOf(state.name()))).as(step + " from " + state)
                        .isEqualTo(step.rule(ReviewCycle.State.class).allowedFrom(state));
            }
            assertThat(evaluation.target().name()).isEqualTo(step.rule(ReviewCycle.State.class).to().name());
        }
        assertThat(EvaluationStep.SUBMIT.allowedFrom(EvaluationStatus.RETURNED)).isTrue();
        assertThat(EvaluationStep.PUBLISH.allowedFrom(EvaluationStatus.SUBMITTED)).isFalse();
    }
}
