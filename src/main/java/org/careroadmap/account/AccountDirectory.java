package org.careroadmap.account;

import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Who works where, for other modules: the enabled accounts of a prefecture with their role, municipality and
 * e-mail address (for notifications), and how a person is named in the history and comments. Reads only.
 */
@Component("people")
@Transactional(readOnly = true)
public class AccountDirectory {

    /** A person as another module needs them; {@code email} is null when notifications go to the inbox only. */
    public record Person(String username, String displayName, @Nullable String department, @Nullable String email,
                         Role role, String prefectureCode, @Nullable String municipalityCode) {

        /** 山田 花子（高齢福祉課）, or the name alone. */
        public String label() {
            return department == null || department.isBlank() ? displayName : displayName + "（" + department + "）";
        }
    }

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts of the prefecture, prefectural and municipal alike. */
    public List<Person> of(String prefectureCode) {
        return accounts.findByPrefectureCodeOrderByUsername(prefectureCode).stream().filter(Account::enabled)
                .map(AccountDirectory::person).toList();
    }

    public Optional<Person> byUsername(@Nullable String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username).map(AccountDirectory::person);
    }

    /**
     * How a recorded user name is shown to staff: the display name and department, or the recorded name
     * itself for the application ("system") and for accounts that no longer exist.
     */
    public String label(@Nullable String username) {
        return byUsername(username).map(Person::label).orElse(username == null ? "" : username);
    }

    private static Person person(Account a) {
        return new Person(a.username(), a.displayName(), a.department(), a.email(), a.role(), a.prefectureCode(),
                a.municipalityCode());
    }
}
