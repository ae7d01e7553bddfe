package org.careroadmap.platform;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shape every review cycle shares (an evaluation, a progress report): a step may be taken from these
 * states and leads to that one. A module's step enum holds one rule per step, and adds who may take it.
 *
 * @param from the states the step may start from
 * @param to   the state it leads to
 */
public record StepRule<S extends Enum<S>>(Set<S> from, S to) {

    public StepRule {
        from = Set.copyOf(from);
        Objects.requireNonNull(to, "to");
    }

    public boolean allowedFrom(S status) {
        return from.contains(status);
    }

    /** The step named in an address or a JSON body ({@code submit}, {@code RETURN} …), or empty. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> steps, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (E step : steps.getEnumConstants()) {
            if (step.name().equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
