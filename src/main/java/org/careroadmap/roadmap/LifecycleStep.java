package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.PublicationRule;

/**
 * A step of the review cycle someone may take on a roadmap: 提出, 取り下げ, 差戻し, 受理, 公開, 改訂,
 * 次期へ引継ぎ. The constants are the one table of the cycle — who may take each step, from which
 * statuses, and where it leads. {@link Roadmap}'s transitions refuse what the table forbids and the
 * chart's buttons ask {@link #open} which to show, so the two cannot disagree.
 */
public enum LifecycleStep {
    SUBMIT(Taker.MUNICIPALITY_EDITOR, RoadmapStatus.SUBMITTED, RoadmapStatus.DRAFT, RoadmapStatus.RETURNED),
    WITHDRAW(Taker.MUNICIPALITY_EDITOR, RoadmapStatus.DRAFT, RoadmapStatus.SUBMITTED),
    RETURN(Taker.PREFECTURE_STAFF, RoadmapStatus.RETURNED, RoadmapStatus.SUBMITTED),
    ACCEPT(Taker.PREFECTURE_STAFF, RoadmapStatus.ACCEPTED, RoadmapStatus.SUBMITTED),
    PUBLISH(Taker.PUBLISHER, RoadmapStatus.PUBLISHED, RoadmapStatus.ACCEPTED),
    REOPEN(Taker.MUNICIPALITY_EDITOR, RoadmapStatus.DRAFT, RoadmapStatus.ACCEPTED, RoadmapStatus.PUBLISHED),
    /** Leaves this roadmap as it is and starts a new draft on the next template edition. */
    CARRY_FORWARD(Taker.MUNICIPALITY_EDITOR, null, RoadmapStatus.ACCEPTED, RoadmapStatus.PUBLISHED);

    /** Who takes a step, relative to the roadmap's municipality; the application itself may take every step. */
    public enum Taker {
        /** 市町編集者 of the roadmap's own municipality. */
        MUNICIPALITY_EDITOR,
        /** 県担当 or 県管理者 of the roadmap's prefecture. */
        PREFECTURE_STAFF,
        /** Whoever the prefecture's {@link PublicationRule} names. */
        PUBLISHER
    }

    private final Taker taker;
    private final @Nullable RoadmapStatus to;
    private final Set<RoadmapStatus> from;

    LifecycleStep(Taker taker, @Nullable RoadmapStatus to, RoadmapStatus first, RoadmapStatus... more) {
        this.taker = taker;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public Taker taker() {
        return taker;
    }

    /** The status the roadmap has after the step; null where the step leaves the roadmap as it is. */
    public @Nullable RoadmapStatus to() {
        return to;
    }

    /** The message key saying why the step is refused in a status it is not taken from. */
    public String refusedKey() {
        return switch (this) {
            case SUBMIT -> "lifecycle.locked.detail";
            case CARRY_FORWARD -> "lifecycle.carryForwardStatus";
            default -> "lifecycle.wrongStatus";
        };
    }

    public boolean takenFrom(RoadmapStatus status) {
        return from.contains(status);
    }

    /** Whether the actor may take this step on a roadmap of the municipality, whatever its status. */
    public boolean mayBeTakenBy(Actor actor, String municipality, Supplier<PublicationRule> rule) {
        return switch (taker) {
            case MUNICIPALITY_EDITOR -> actor.canEdit(municipality);
            case PREFECTURE_STAFF -> prefectureStaff(actor, municipality);
            case PUBLISHER -> actor.application() || switch (rule.get()) {
                case PREFECTURE -> prefectureStaff(actor, municipality);
                case MUNICIPALITY -> actor.canEdit(municipality);
            };
        };
    }

    /** The steps the actor may take now on a roadmap of the municipality in this status. */
    public static Set<LifecycleStep> open(RoadmapStatus status, Actor actor, String municipality,
                                          Supplier<PublicationRule> rule) {
        Set<LifecycleStep> steps = EnumSet.noneOf(LifecycleStep.class);
        for (LifecycleStep step : values()) {
            if (step.takenFrom(status) && step.mayBeTakenBy(actor, municipality, rule)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static boolean prefectureStaff(Actor actor, String municipality) {
        return actor.application() || (actor.role() != null && actor.role().isPrefectureRole()
                && actor.belongsTo(municipality));
    }
}
