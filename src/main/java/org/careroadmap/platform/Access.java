package org.careroadmap.platform;

import org.springframework.stereotype.Component;

/** What the current reader may do, for templates to show or hide controls ({@code ${@access.canEdit(code)}}). */
@Component("access")
public class Access {

    private final CurrentActor currentActor;

    Access(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public boolean signedIn() {
        return !currentActor.get().isAnonymous();
    }

    public boolean canEdit(String municipalityCode) {
        return municipalityCode != null && currentActor.get().canEdit(municipalityCode);
    }

    public boolean administrator() {
        return currentActor.get().role() == Role.PREFECTURE_ADMIN;
    }

    public Actor actor() {
        return currentActor.get();
    }
}
