package org.careroadmap.evaluation;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ReviewCycle;
import org.careroadmap.platform.ReviewStep;
import org.careroadmap.platform.StepRule;
import org.careroadmap.reference.PublicationRule;

/**
 * The steps of the lifecycle: the shared {@link ReviewCycle}'s (which states each starts from and leads to), each
 * with who takes it. The buttons on the page and the API ask the same table the service uses, so a button is shown exactly when
 * the step would be accepted. 公開 is taken by whoever the prefecture's {@link PublicationRule} names, as for
 * the roadmap: the prefecture's staff, or the municipality's editor once the prefecture has accepted.
 */
public enum EvaluationStep implements ReviewStep<EvaluationStatus> {
    SUBMIT(ReviewCycle.SUBMIT, Taker.MUNICIPALITY_EDITOR),
    RETURN(ReviewCycle.RETURN, Taker.PREFECTURE_STAFF),
    ACCEPT(ReviewCycle.ACCEPT, Taker.PREFECTURE_STAFF),
    PUBLISH(ReviewCycle.PUBLISH, Taker.PUBLISHER);

    /** Who takes a step, relative to the evaluation's municipality; the application itself may take every step. */
    public enum Taker {
        MUNICIPALITY_EDITOR, PREFECTURE_STAFF, PUBLISHER
    }

    private final StepRule<EvaluationStatus> rule;
    private final Taker taker;

    EvaluationStep(ReviewCycle step, Taker taker) {
        this.rule = step.rule(EvaluationStatus.class);
        this.taker = taker;
    }

    @Override
    public StepRule<EvaluationStatus> rule() {
        return rule;
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
