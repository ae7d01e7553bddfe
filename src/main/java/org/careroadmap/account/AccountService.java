package org.careroadmap.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.InputReader;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** Account use cases: administration by the prefecture's administrator, own password, sign-in bookkeeping. */
@Service
@Transactional
public class AccountService {

    static final int PASSWORD_MIN = 12;
    private static final String USERNAME = "[A-Za-z0-9._-]{3," + Account.USERNAME_MAX + "}";
    private static final char[] TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ReferenceData reference;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockFor;
    private final SecureRandom random = new SecureRandom();
    private final AccountSessions sessions;
    private final SignInAttempts attempts;
    private final ApiTokens tokens;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, ReferenceData reference,
                   CurrentActor currentActor, Clock clock, AccountSessions sessions, SignInAttempts attempts, ApiTokens tokens,
                   @Value("${app.security.lockout.max-attempts:5}") int lockAfter,
                   @Value("${app.security.lockout.duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.reference = reference;
        this.currentActor = currentActor;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
        this.sessions = sessions;
        this.attempts = attempts;
        this.tokens = tokens;
    }

    @Transactional(readOnly = true)
    public List<Account> listForAdministrator() {
        Actor actor = requireAdministrator();
        return accounts.findByPrefectureCodeOrderByUsername(actor.requiredPrefectureCode());
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        Actor actor = requireAdministrator();
        return accounts.findById(id).filter(a -> actor.canAdminister(a.prefectureCode()))
                .orElseThrow(AccountNotFoundException::new);
    }

    public Account create(AccountInput input) {
        Actor actor = requireAdministrator();
        InputReader reader = new InputReader();
        String username = input.username() == null ? "" : input.username().strip();
        if (!username.matches(USERNAME)) {
            reader.reject("username", "account.username.format");
        } else if (accounts.findByUsername(username).isPresent()) {
            reader.reject("username", "account.username.taken");
        }
        Assignment assignment = readAssignment(input, actor.requiredPrefectureCode(), reader);
        checkPassword("password", input.password(), username, actor.requiredPrefectureCode(), assignment.municipalityCode(),
                reader);
        AccountContact contact = AccountContact.read(input, reader);
        reader.throwIfAny();
        Account opened = Account.open(username, hashOf(input.password()), assignment.displayName(),
                assignment.requiredRole(), actor.requiredPrefectureCode(), assignment.municipalityCode(), clock.instant());
        opened.describe(contact.email(), contact.department());
        // The administrator chose this password: the person replaces it at the first sign-in.
        opened.requirePasswordChange();
        return accounts.save(opened);
    }

    public Account update(long id, long expectedVersion, AccountInput input) {
        Account account = get(id);
        if (account.version() != expectedVersion) {
            throw new AccountChangedException();
        }
        InputReader reader = new InputReader();
        Assignment assignment = readAssignment(input, account.prefectureCode(), reader);
        if (account.username().equals(currentActor.get().username()) && assignment.role() != Role.PREFECTURE_ADMIN) {
            reader.reject("role", "account.role.keepOwnAdmin");
        }
        AccountContact contact = AccountContact.read(input, reader);
        reader.throwIfAny();
        boolean rightsChange = account.role() != assignment.role() || account.enabled() != input.enabled()
                || !java.util.Objects.equals(account.municipalityCode(),
                        assignment.requiredRole().isPrefectureRole() ? null : assignment.municipalityCode());
        account.assign(assignment.displayName(), assignment.requiredRole(), assignment.municipalityCode(), input.enabled());
        account.describe(contact.email(), contact.department());
        Account saved = save(account);
        if (rightsChange) {
            // Sessions hold the rights they signed in with: they end, and the next sign-in gets the new ones.
            sessions.endAll(saved.username());
        }
        if (!saved.enabled()) {
            // A disabled account's tokens end with it (re-enabling does not revive them: the person makes new ones).
            tokens.revokeAllOf(saved.id());
        }
        return saved;
    }

    /** Sets a new random password, returned once to be handed to the person, and lifts a lock. */
    public String resetPassword(long id) {
        Account account = get(id);
        StringBuilder temporary = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            temporary.append(TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)]);
        }
        account.changePasswordHash(hashOf(temporary));
        account.requirePasswordChange();
        save(account);
        sessions.endAll(account.username());
        tokens.revokeAllOf(account.id());
        return temporary.toString();
    }

    public void changeOwnPassword(String current, String next, String confirmation) {
        Actor actor = currentActor.get();
        Account account = accounts.findByUsername(String.valueOf(actor.username()))
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
        InputReader reader = new InputReader();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            reader.reject("currentPassword", "account.password.currentWrong");
        }
        checkPassword("newPassword", next, account.username(), account.prefectureCode(), account.municipalityCode(), reader);
        if (next != null && next.equals(current)) {
            reader.reject("newPassword", "account.password.sameAsCurrent");
        }
        if (next != null && !next.equals(confirmation)) {
            reader.reject("confirmation", "account.password.mismatch");
        }
        reader.throwIfAny();
        account.changePasswordHash(hashOf(next));
        save(account);
        sessions.endAllButCurrent(account.username());
        tokens.revokeAllOf(account.id());
    }

    /** Creates an account without an administrator signed in: first start and demo data only. */
    public Account bootstrap(String username, String password, String displayName, Role role, String prefectureCode,
                             @Nullable String municipalityCode) {
        InputReader reader = new InputReader();
        checkPassword("password", password, username, prefectureCode, municipalityCode, reader);
        reader.throwIfAny();
        return accounts.save(Account.open(username, hashOf(password), displayName, role, prefectureCode,
                municipalityCode, clock.instant()));
    }

    /**
     * Creates the demo accounts in one transaction, with a password hash computed beforehand: their
     * password is published (README), so hashing it again at every first start would only cost time.
     */
    List<Account> bootstrapDemo(List<Account> opened) {
        List<Account> saved = new java.util.ArrayList<>(opened.size());
        accounts.saveAll(opened).forEach(saved::add);
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean noAccountsYet() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<Account> forSignIn(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(String username) {
        attempts.failed(username, lockAfter, clock.instant().plus(lockFor));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInSucceeded(String username) {
        attempts.succeeded(username);
    }

    boolean lockedNow(Account account) {
        return account.lockedAt(clock.instant());
    }

    private Assignment readAssignment(AccountInput input, String prefectureCode, InputReader reader) {
        String displayName = input.displayName() == null ? "" : input.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > Account.DISPLAY_NAME_MAX) {
            reader.reject("displayName", "account.displayName.required");
        }
        Role role = null;
        try {
            role = Role.valueOf(String.valueOf(input.role()));
        } catch (IllegalArgumentException e) {
            reader.reject("role", "account.role.unknown");
        }
        String municipality = null;
        if (role != null && !role.isPrefectureRole()
                && (input.municipalityCode() == null || input.municipalityCode().isBlank())) {
            reader.reject("municipalityCode", "account.municipality.required");
        } else if (role != null && !role.isPrefectureRole()) {
            MunicipalityCode code = reader.read("municipalityCode", input.municipalityCode(), MunicipalityCode::parse);
            if (code != null && (!code.prefectureCode().equals(prefectureCode) || reference.municipality(code).isEmpty())) {
                reader.reject("municipalityCode", "account.municipality.outside");
            } else if (code != null) {
                municipality = code.value();
            }
        }
        return new Assignment(displayName, role, municipality);
    }

    /** NIST SP 800-63B: length, a blocklist of common passwords and of words of the account's context. */
    private void checkPassword(String field, String password, String username, @Nullable String prefectureCode,
                               @Nullable String municipalityCode, InputReader reader) {
        List<String> places = new java.util.ArrayList<>();
        reference.prefecture(prefectureCode == null ? "" : prefectureCode)
                .ifPresent(p -> places.addAll(PasswordPolicy.placeWords(p.name(), p.nameEn())));
        if (municipalityCode != null) {
            try {
                reference.municipality(MunicipalityCode.parse(municipalityCode))
                        .ifPresent(m -> places.addAll(PasswordPolicy.placeWords(m.name(), m.nameEn())));
            } catch (RuntimeException e) {
                // an unreadable code is reported on its own field
            }
        }
        PasswordPolicy.problem(password, username, places).ifPresent(key ->
                reader.reject(field, key, key.equals("account.password.tooShort") ? PasswordPolicy.MIN : PasswordPolicy.MAX));
    }

    private Actor requireAdministrator() {
        Actor actor = currentActor.get();
        if (actor.role() != Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return actor;
    }

    private Account save(Account account) {
        try {
            return accounts.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new AccountChangedException();
        }
    }

    /** The encoder answers null only for a null password, which the password check refuses before. */
    private String hashOf(CharSequence password) {
        return java.util.Objects.requireNonNull(encoder.encode(password), "a password that passed the check has a hash");
    }

    /** Who the account is: the role is null only when it was refused, and then {@code throwIfAny} has thrown. */
    private record Assignment(String displayName, @Nullable Role role, @Nullable String municipalityCode) {

        Role requiredRole() {
            return java.util.Objects.requireNonNull(role, "an assignment without a role was refused");
        }
    }

    /** Whether the signed-in person still has to replace a temporary password. */
    @Transactional(readOnly = true)
    public boolean mustChangePasswordNow() {
        return mustChangePassword(currentActor.get().username());
    }

    /** Whether this signed-in person still has to replace a temporary password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(@Nullable String username) {
        return username != null && accounts.findByUsername(username).map(Account::passwordChangeRequired).orElse(false);
    }

}
