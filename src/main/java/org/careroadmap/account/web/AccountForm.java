package org.careroadmap.account.web;

import org.careroadmap.account.Account;
import org.careroadmap.account.AccountInput;

/** The administrator's account form, as typed. */
public record AccountForm(String username, String displayName, String role, String municipalityCode,
                          String password, Boolean enabled, String version, String email, String department) {

    static AccountForm blank() {
        return new AccountForm("", "", "MUNICIPALITY_EDITOR", "", "", true, "0", "", "");
    }

    static AccountForm of(Account a) {
        return new AccountForm(a.username(), a.displayName(), a.role().name(),
                a.municipalityCode() == null ? "" : a.municipalityCode(), "", a.enabled(), Long.toString(a.version()),
                a.email() == null ? "" : a.email(), a.department() == null ? "" : a.department());
    }

    /** The same as typed, without the password (a form shown again never carries it). */
    AccountForm withoutPassword() {
        return new AccountForm(username, displayName, role, municipalityCode, "", enabled, version, email, department);
    }

    AccountInput input() {
        return new AccountInput(username, displayName, role, municipalityCode, password, Boolean.TRUE.equals(enabled),
                email, department);
    }

    long versionNumber() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
