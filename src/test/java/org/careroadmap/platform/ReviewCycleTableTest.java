package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The review cycle's one table, over a status enum of the test's own: platform's rule alone. Each module checks in
 * its own tests that its step enum follows it (EvaluationStepTest, ReportStepTest), so no platform test reaches into
 * the modules built on it.
 */
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
}
