package org.careroadmap.evaluation;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.StepRule;
import org.careroadmap.reference.PublicationRule;

/**
 * The steps of the lifecycle, each with the states it starts from, the state it leads to and who takes it.
 * The buttons on the page and the API ask the same table the service uses, so a button is shown exactly when
 * the step would be accepted. 公開 is taken by whoever the prefecture's {@link PublicationRule} names, as for
 * the roadmap: the prefecture's staff, or the municipality's editor once the prefecture has accepted.
 */
public enum EvaluationStep {
    SUBMIT(Set.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED), EvaluationStatus.SUBMITTED, Taker.MUNICIPALITY_EDITOR),
    RETURN(Set.of(EvaluationStatus.SUBMITTED), EvaluationStatus.RETURNED, Taker.PREFECTURE_STAFF),
    ACCEPT(Set.of(EvaluationStatus.SUBMITTED), EvaluationStatus.ACCEPTED, Taker.PREFECTURE_STAFF),
    PUBLISH(Set.of(EvaluationStatus.ACCEPTED), EvaluationStatus.PUBLISHED, Taker.PUBLISHER);

    /** Who takes a step, relative to the evaluation's municipality; the application itself may take every step. */
    public enum Taker {
        MUNICIPALITY_EDITOR, PREFECTURE_STAFF, PUBLISHER
    }

    private final StepRule<EvaluationStatus> rule;
    private final Taker taker;

    EvaluationStep(Set<EvaluationStatus> from, EvaluationStatus to, Taker taker) {
        this.rule = new StepRule<>(from, to);
        this.taker = taker;
    }

    public boolean allowedFrom(EvaluationStatus status) {
        return rule.allowedFrom(status);
    }

    public EvaluationStatus target() {
        return rule.to();
    }

    public Taker taker() {
        return taker;
    }

    /** Whether the actor may take this step on an evaluation of the municipality, whatever its status. */
    public boolean mayBeTakenBy(Actor actor, String municipalityCode, Supplier<PublicationRule> rule) {
        return switch (taker) {
            case MUNICIPALITY_EDITOR -> actor.canEdit(municipalityCode);
            case PREFECTURE_STAFF -> EvaluationAccess.isPrefectureStaff(actor, municipalityCode);
            case PUBLISHER -> actor.application() || switch (rule.get()) {
                case PREFECTURE -> EvaluationAccess.isPrefectureStaff(actor, municipalityCode);
                case MUNICIPALITY -> actor.canEdit(municipalityCode);
            };
        };
    }

    /** The steps the actor may take now on an evaluation of the municipality in this status. */
    public static Set<EvaluationStep> open(EvaluationStatus status, Actor actor, String municipalityCode,
                                           Supplier<PublicationRule> rule) {
        Set<EvaluationStep> steps = EnumSet.noneOf(EvaluationStep.class);
        for (EvaluationStep step : values()) {
            if (step.allowedFrom(status) && step.mayBeTakenBy(actor, municipalityCode, rule)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The step named in an address or a JSON body: {@code submit}, {@code return}, … */
    public static EvaluationStep parse(String text) {
        return StepRule.named(EvaluationStep.class, text).orElseThrow(() -> new EvaluationNotFoundException("step"));
    }
}
