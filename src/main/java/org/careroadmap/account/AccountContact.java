package org.careroadmap.account;

import org.careroadmap.platform.InputReader;
import org.jspecify.annotations.Nullable;

/** Where a person's notifications are e-mailed and the department (課) shown beside the name; both optional. */
record AccountContact(@Nullable String email, @Nullable String department) {

    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}";

    /** The contact as typed (blank: none), its problems recorded on the reader. */
    static AccountContact read(AccountInput input, InputReader reader) {
        String email = input.email() == null ? "" : input.email().strip();
        if (!email.isEmpty() && (email.length() > Account.EMAIL_MAX || !email.matches(EMAIL))) {
            reader.reject("email", "account.email.format");
        }
        String department = input.department() == null ? "" : input.department().strip();
        if (department.length() > Account.DEPARTMENT_MAX) {
            reader.reject("department", "account.department.tooLong");
        }
        return new AccountContact(email.isEmpty() ? null : email, department.isEmpty() ? null : department);
    }
}
