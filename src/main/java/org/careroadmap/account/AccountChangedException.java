package org.careroadmap.account;

/** The account was changed by someone else since the form was opened. */
public class AccountChangedException extends org.careroadmap.platform.ConflictException {

    public AccountChangedException() {
        super("account changed meanwhile");
    }
}
