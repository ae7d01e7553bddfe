package org.careroadmap.evaluation;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the evaluation, by role and municipality, as for the roadmap: the 県管理者 keeps the
 * sheet and the rounds, the prefecture's staff (県管理者・県担当) review, hold the hearing and publish, the
 * 市町編集者 keeps its own areas and answers; readers see only their own municipality's unpublished work.
 */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    static void requireAdministrator(Actor actor, String prefectureCode) {
        if (!actor.canAdminister(prefectureCode)) {
            throw new AccessDeniedException("administrators only");
        }
    }

    static boolean isPrefectureStaff(Actor actor, String municipalityCode) {
        return actor.application() || (actor.role() != null && actor.role().isPrefectureRole()
                && municipalityCode.startsWith(actor.prefectureCode()));
    }

    static void requirePrefectureStaff(Actor actor, String municipalityCode) {
        if (!isPrefectureStaff(actor, municipalityCode)) {
            throw new AccessDeniedException("prefecture staff only");
        }
    }

    static void requireEditor(Actor actor, String municipalityCode) {
        if (!actor.canEdit(municipalityCode)) {
            throw new AccessDeniedException("the municipality's editor only");
        }
    }

    static void requireReader(Actor actor, String municipalityCode) {
        if (!actor.belongsTo(municipalityCode)) {
            throw new AccessDeniedException("own municipality only");
        }
    }

    /** The role recorded beside a text or a step: 県 or 市町. */
    static String side(Actor actor) {
        if (actor.application()) {
            return "PREFECTURE";
        }
        return actor.role() == Role.PREFECTURE_ADMIN || actor.role() == Role.PREFECTURE_REVIEWER ? "PREFECTURE" : "MUNICIPALITY";
    }
}
