package org.careroadmap.account;

/** An account as the administrator types it. */
public record AccountInput(String username, String displayName, String role, String municipalityCode,
                           String password, boolean enabled) {
}
