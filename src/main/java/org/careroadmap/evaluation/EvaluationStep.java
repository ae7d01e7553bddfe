package org.careroadmap.evaluation;

import java.util.Set;

/**
 * The steps of the lifecycle, each with the states it starts from, the state it leads to and whose it is.
 * The buttons on the page ask the same table the service uses, so a button is shown exactly when the step
 * would be accepted.
 */
public enum EvaluationStep {
    SUBMIT(Set.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED), EvaluationStatus.SUBMITTED, false),
    RETURN(Set.of(EvaluationStatus.SUBMITTED), EvaluationStatus.RETURNED, true),
    ACCEPT(Set.of(EvaluationStatus.SUBMITTED), EvaluationStatus.ACCEPTED, true),
    PUBLISH(Set.of(EvaluationStatus.ACCEPTED), EvaluationStatus.PUBLISHED, true);

    private final Set<EvaluationStatus> from;
    private final EvaluationStatus to;
    private final boolean prefectures;

    EvaluationStep(Set<EvaluationStatus> from, EvaluationStatus to, boolean prefectures) {
        this.from = from;
        this.to = to;
        this.prefectures = prefectures;
    }

    public boolean allowedFrom(EvaluationStatus status) {
        return from.contains(status);
    }

    public EvaluationStatus target() {
        return to;
    }

    /** Whether the prefecture's staff take this step (otherwise the municipality's editor). */
    public boolean byPrefecture() {
        return prefectures;
    }

    /** The step named in an address or a JSON body: {@code submit}, {@code return}, … */
    public static EvaluationStep parse(String text) {
        for (EvaluationStep step : values()) {
            if (step.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return step;
            }
        }
        throw new EvaluationNotFoundException("step");
    }
}
