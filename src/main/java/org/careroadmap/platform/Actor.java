package org.careroadmap.platform;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking: a signed-in person with a role bound to a prefecture or municipality, the
 * anonymous public, or the application itself (demo data, setup). Every module asks the actor,
 * never the web request, whether something may be read or changed.
 *
 * <p>Serializable because it travels inside the signed-in principal in the HTTP session, which is
 * kept in the database (Spring Session JDBC) so that any application node can serve the person.
 */
public record Actor(@Nullable String username, @Nullable Role role, @Nullable String prefectureCode,
                    @Nullable String municipalityCode, boolean application)
        implements Serializable {

    private static final Actor ANONYMOUS = new Actor(null, null, null, null, false);
    private static final Actor SYSTEM = new Actor("system", null, null, null, true);

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor applicationItself() {
        return SYSTEM;
    }

    public static Actor of(String username, Role role, String prefectureCode, @Nullable String municipalityCode) {
        return new Actor(username, role, prefectureCode, municipalityCode, false);
    }

    /** The name of a signed-in person or of the application; only the anonymous public has none. */
    public String requiredUsername() {
        if (username == null) {
            throw new IllegalStateException("the anonymous public has no user name");
        }
        return username;
    }

    /** The prefecture of a signed-in person (every account has one); the anonymous public and the application have none. */
    public String requiredPrefectureCode() {
        if (prefectureCode == null) {
            throw new IllegalStateException("no prefecture for " + recordedName());
        }
        return prefectureCode;
    }

    public boolean isAnonymous() {
        return !application && role == null;
    }

    /** Published roadmaps are public; anything else only for the prefecture's staff and the municipality's own. */
    public boolean canRead(@Nullable String municipality, boolean published) {
        return published || belongsTo(municipality);
    }

    /** Whether this actor may know unpublished data of the municipality exists at all. */
    public boolean belongsTo(@Nullable String municipality) {
        if (application) {
            return true;
        }
        // A provider is bound to a municipality but is no part of its staff: it sees only what the public sees.
        if (role == null || municipality == null || !role.isStaff()) {
            return false;
        }
        if (role.isPrefectureRole()) {
            return municipality.startsWith(prefectureCode);
        }
        return municipality.equals(municipalityCode);
    }

    public boolean canEdit(String municipality) {
        return application || (role == Role.MUNICIPALITY_EDITOR && municipality.equals(municipalityCode));
    }

    public boolean canAdminister(String prefecture) {
        return application || (role == Role.PREFECTURE_ADMIN && prefecture.equals(prefectureCode));
    }

    /** The name recorded in history; never a password or token. */
    public String recordedName() {
        return application ? "system" : username == null ? "anonymous" : username;
    }
}
