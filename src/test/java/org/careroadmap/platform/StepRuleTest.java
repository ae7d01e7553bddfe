package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StepRuleTest {

    enum Status { DRAFT, SUBMITTED, RETURNED }

    enum Step { SUBMIT, RETURN }

    @Test
    void aStepIsAllowedOnlyFromItsStartingStatesAndLeadsToItsTarget() {
        StepRule<Status> submit = new StepRule<>(EnumSet.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED);
        assertThat(submit.allowedFrom(Status.DRAFT)).isTrue();
        assertThat(submit.allowedFrom(Status.RETURNED)).isTrue();
        assertThat(submit.allowedFrom(Status.SUBMITTED)).isFalse();
        assertThat(submit.to()).isEqualTo(Status.SUBMITTED);
        assertThatThrownBy(() -> new StepRule<>(Set.of(Status.DRAFT), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStepIsNamedInAnyCaseAndUnknownOrBlankNamesAreNone() {
        assertThat(StepRule.named(Step.class, " submit ")).contains(Step.SUBMIT);
        assertThat(StepRule.named(Step.class, "RETURN")).contains(Step.RETURN);
        assertThat(StepRule.named(Step.class, "publish")).isEmpty();
        assertThat(StepRule.named(Step.class, "")).isEmpty();
        assertThat(StepRule.named(Step.class, null)).isEmpty();
    }
}
