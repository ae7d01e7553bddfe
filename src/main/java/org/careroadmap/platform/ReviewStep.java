package org.careroadmap.platform;

/**
 * A module's step of the {@link ReviewCycle}: what every such step answers from its rule, so the step enums
 * of an evaluation and a progress report add only who takes the step.
 */
public interface ReviewStep<S extends Enum<S>> {

    /** From which states this step may be taken, and to which it leads. */
    StepRule<S> rule();

    default boolean allowedFrom(S status) {
        return rule().allowedFrom(status);
    }

    default S target() {
        return rule().to();
    }
}
