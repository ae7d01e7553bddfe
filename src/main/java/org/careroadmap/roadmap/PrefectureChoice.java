package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Which prefecture a page about many municipalities shows, when one installation may hold several
 * (or the whole country): the one asked for, else the signed-in person's own, else the only one.
 */
@Component
public class PrefectureChoice {

    private final ReferenceData reference;
    private final CurrentActor currentActor;

    PrefectureChoice(ReferenceData reference, CurrentActor currentActor) {
        this.reference = reference;
        this.currentActor = currentActor;
    }

    /** The prefectures that have municipalities here, by code. */
    public List<Prefecture> available() {
        return reference.prefecturesWithMunicipalities();
    }

    /** Empty when the request named no known prefecture and none follows from who is asking. */
    public Optional<Prefecture> choose(@Nullable String asked, List<Prefecture> available) {
        if (asked != null && !asked.isBlank()) {
            return available.stream().filter(p -> p.code().equals(asked.strip())).findFirst();
        }
        Actor actor = currentActor.get();
        if (actor.prefectureCode() != null) {
            Optional<Prefecture> own = available.stream().filter(p -> p.code().equals(actor.prefectureCode())).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return available.size() == 1 ? Optional.of(available.get(0)) : Optional.empty();
    }
}
