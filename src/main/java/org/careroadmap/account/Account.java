package org.careroadmap.account;

import java.time.Instant;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: a role bound to a prefecture (県) or to one municipality (市町). The
 * password is stored only as a hash from Spring Security's delegating encoder.
 */
@Table("app_user")
public class Account {

    /** Field limits, declared once: the account service checks them, the administrator's form types them as maxlength. */
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int DEPARTMENT_MAX = 100;
    /** RFC 5321's longest path less its angle brackets. */
    public static final int EMAIL_MAX = 254;

    @Id
    private final @Nullable Long id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private final String prefectureCode;
    private @Nullable String municipalityCode;
    private boolean enabled;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private final Instant createdAt;
    private @Nullable String email;
    private @Nullable String department;
    private boolean passwordChangeRequired;
    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Account(@Nullable Long id, String username, String passwordHash, String displayName, Role role, String prefectureCode,
            @Nullable String municipalityCode, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil,
            Instant createdAt, @Nullable String email, @Nullable String department, boolean passwordChangeRequired,
            @Nullable Long version) {
        this.email = email;
        this.department = department;
        this.passwordChangeRequired = passwordChangeRequired;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.prefectureCode = prefectureCode;
        this.municipalityCode = municipalityCode;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Account open(String username, String passwordHash, String displayName, Role role, String prefectureCode,
                        @Nullable String municipalityCode, Instant now) {
        return new Account(null, username, passwordHash, displayName, role, prefectureCode,
                role.isPrefectureRole() ? null : municipalityCode, true, 0, null, now, null, null, false, null);
    }

    void assign(String newDisplayName, Role newRole, @Nullable String newMunicipalityCode, boolean nowEnabled) {
        this.displayName = newDisplayName;
        this.role = newRole;
        this.municipalityCode = newRole.isPrefectureRole() ? null : newMunicipalityCode;
        this.enabled = nowEnabled;
    }

    /** Where notifications are e-mailed (none: inbox only) and the department (課) shown beside the name. */
    void describe(@Nullable String newEmail, @Nullable String newDepartment) {
        this.email = newEmail;
        this.department = newDepartment;
    }

    /** A password someone else chose (a new account's, a reset): the person must replace it at the next sign-in. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    void changePasswordHash(String newHash) {
        this.passwordChangeRequired = false;
        this.passwordHash = newHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor actor() {
        return Actor.of(username, role, prefectureCode, municipalityCode);
    }

    /** Every account read or saved has its id; only a new one before its first save has none, and nobody asks it then. */
    public Long id() {
        return java.util.Objects.requireNonNull(id, "an account has an id once saved");
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String prefectureCode() {
        return prefectureCode;
    }

    public @Nullable String municipalityCode() {
        return municipalityCode;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String department() {
        return department;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
