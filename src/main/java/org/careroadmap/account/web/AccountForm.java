package org.careroadmap.account.web;

import org.careroadmap.account.Account;
import org.careroadmap.account.AccountInput;

/** The administrator's account form, as typed. */
public record AccountForm(String username, String displayName, String role, String municipalityCode,
                          String password, Boolean enabled, String version) {

    static AccountForm blank() {
        return new AccountForm("", "", "MUNICIPALITY_EDITOR", "", "", true, "0");
    }

    static AccountForm of(Account a) {
        return new AccountForm(a.username(), a.displayName(), a.role().name(),
                a.municipalityCode() == null ? "" : a.municipalityCode(), "", a.enabled(), Long.toString(a.version()));
    }

    AccountInput input() {
        return new AccountInput(username, displayName, role, municipalityCode, password, Boolean.TRUE.equals(enabled));
    }

    long versionNumber() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
