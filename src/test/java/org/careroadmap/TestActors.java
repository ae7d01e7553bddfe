package org.careroadmap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.careroadmap.platform.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in people for MockMvc requests, without going through the password check. */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor editorOf(String municipalityCode) {
        return as(Actor.of("editor-" + municipalityCode, Role.MUNICIPALITY_EDITOR, municipalityCode.substring(0, 2),
                municipalityCode));
    }

    public static RequestPostProcessor viewerOf(String municipalityCode) {
        return as(Actor.of("viewer-" + municipalityCode, Role.MUNICIPALITY_VIEWER, municipalityCode.substring(0, 2),
                municipalityCode));
    }

    public static RequestPostProcessor prefectureReviewer() {
        return as(Actor.of("reviewer-42", Role.PREFECTURE_REVIEWER, "42", null));
    }

    public static RequestPostProcessor prefectureAdmin() {
        return as(Actor.of("pref-admin", Role.PREFECTURE_ADMIN, "42", null));
    }

    public static RequestPostProcessor as(Actor actor) {
        return user(new Principal(actor));
    }

    static final class Principal extends User implements ActorPrincipal {

        private final Actor actor;

        Principal(Actor actor) {
            super(actor.username(), "unused", List.of(new SimpleGrantedAuthority(actor.role().authority())));
            this.actor = actor;
        }

        @Override
        public Actor actor() {
            return actor;
        }
    }
}
