package org.careroadmap.account;

/** No such account in the administrator's prefecture. */
public class AccountNotFoundException extends org.careroadmap.platform.NotFoundException {

    public AccountNotFoundException() {
        super("account not found");
    }
}
