package org.careroadmap.account;

import org.jspecify.annotations.Nullable;

/** An account as the administrator types it; {@code email} and {@code department} may be blank. */
public record AccountInput(String username, String displayName, String role, String municipalityCode,
                           String password, boolean enabled, @Nullable String email,
                           @Nullable String department) {

    public AccountInput(String username, String displayName, String role, String municipalityCode, String password,
                        boolean enabled) {
        this(username, displayName, role, municipalityCode, password, enabled, null, null);
    }
}
