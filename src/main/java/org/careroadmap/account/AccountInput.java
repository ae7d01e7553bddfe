package org.careroadmap.account;

/** An account as the administrator types it; {@code email} and {@code department} may be blank. */
public record AccountInput(String username, String displayName, String role, String municipalityCode,
                           String password, boolean enabled, String email, String department) {

    public AccountInput(String username, String displayName, String role, String municipalityCode, String password,
                        boolean enabled) {
        this(username, displayName, role, municipalityCode, password, enabled, null, null);
    }
}
