package org.careroadmap.platform;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review cycle that an evaluation and a progress report share with the roadmap's: 作成中 → 提出済 →
 * 差戻し / 受理 → 公開. The one table of which step starts from which states and leads to which; a module's
 * status enum names the same five states ({@link State}) and its step enum takes each step's {@link StepRule}
 * from here, adding only who may take it.
 */
public enum ReviewCycle {
    SUBMIT(EnumSet.of(State.DRAFT, State.RETURNED), State.SUBMITTED),
    RETURN(EnumSet.of(State.SUBMITTED), State.RETURNED),
    ACCEPT(EnumSet.of(State.SUBMITTED), State.ACCEPTED),
    PUBLISH(EnumSet.of(State.ACCEPTED), State.PUBLISHED);

    /** The states of the cycle; a module's status enum has a constant of each name. */
    public enum State {
        DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED
    }

    private final Set<State> from;
    private final State to;

    ReviewCycle(Set<State> from, State to) {
        this.from = from;
        this.to = to;
    }

    /**
     * This step as a rule over a module's own status enum, matched by name.
     *
     * @throws IllegalArgumentException when the enum lacks one of the cycle's states (found when the step
     *                                  enum is first used, so a renamed state cannot go unnoticed)
     */
    public <S extends Enum<S>> StepRule<S> rule(Class<S> states) {
        Set<S> starts = from.stream().map(state -> Enum.valueOf(states, state.name())).collect(Collectors.toSet());
        return new StepRule<>(starts, Enum.valueOf(states, to.name()));
    }
}
