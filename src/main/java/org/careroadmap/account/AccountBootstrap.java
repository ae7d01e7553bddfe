package org.careroadmap.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.careroadmap.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The first accounts. The demo installation gets one documented account per role; any other
 * installation starts with none, and its first administrator comes from the environment
 * ({@code APP_SETUP_ADMIN_USERNAME}, {@code APP_SETUP_ADMIN_PASSWORD}). There is no default password.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-pass-2026";
    /**
     * {@link #DEMO_PASSWORD} hashed once with bcrypt (cost 10), as the password encoder writes it. The
     * password is public, so a fixed hash gives nothing away, and six bcrypt hashes (~0.5 s) no longer
     * hold up the first start. AccountBootstrapTest checks that the encoder accepts it.
     */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$TaiomrLknPXg93gC0IBbNuhI4qC/lwXPUb6gBKNoiYj.Kt72e2Mdi";
    static final int DEMO_PASSWORD_HASH_STRENGTH = 10;
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminPrefecture;
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final int hashStrength;

    AccountBootstrap(AccountService accounts, Clock clock, PasswordEncoder encoder,
                     @Value("${app.security.password-hash-strength:10}") int hashStrength,
                     @Value("${app.demo-data.enabled:false}") boolean demo,
                     @Value("${app.setup.admin-username:}") String adminUsername,
                     @Value("${app.setup.admin-password:}") String adminPassword,
                     @Value("${app.setup.admin-prefecture:42}") String adminPrefecture) {
        this.accounts = accounts;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.adminPrefecture = adminPrefecture;
        this.clock = clock;
        this.encoder = encoder;
        this.hashStrength = hashStrength;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noAccountsYet()) {
            return;
        }
        if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
            accounts.bootstrap(adminUsername.strip(), adminPassword, "管理者", Role.PREFECTURE_ADMIN, adminPrefecture, null);
            log.info("First administrator account created from APP_SETUP_ADMIN_USERNAME");
            return;
        }
        if (demo) {
            Instant now = clock.instant();
            String hash = demoPasswordHash();
            accounts.bootstrapDemo(List.of(
                    demoAccount("pref-admin", "長崎県 管理者（デモ）", Role.PREFECTURE_ADMIN, null, hash, now),
                    demoAccount("pref-reviewer", "長崎県 担当（デモ）", Role.PREFECTURE_REVIEWER, null, hash, now),
                    demoAccount("iki-editor", "壱岐市 編集者（デモ）", Role.MUNICIPALITY_EDITOR, "422100", hash, now),
                    demoAccount("iki-viewer", "壱岐市 閲覧者（デモ）", Role.MUNICIPALITY_VIEWER, "422100", hash, now),
                    demoAccount("nagasaki-editor", "長崎市 編集者（デモ）", Role.MUNICIPALITY_EDITOR, "422011", hash, now),
                    demoAccount("nagasaki-viewer", "長崎市 閲覧者（デモ）", Role.MUNICIPALITY_VIEWER, "422011", hash, now),
                    // A provider (事業所) of 壱岐市: the resource map links it to a demo resource.
                    demoAccount("iki-provider", "壱岐市 事業所（デモ）", Role.PROVIDER, "422100", hash, now)));
            log.info("Demo accounts created (see README)");
            return;
        }
        log.warn("No accounts exist. Set APP_SETUP_ADMIN_USERNAME and APP_SETUP_ADMIN_PASSWORD to create the first administrator.");
    }

    /**
     * A sign-in costs what the stored hash's rounds say: the precomputed hash where new hashes have its strength
     * (production), else one hash of the configured strength (the test JVMs' 4 rounds make their sign-ins cheap).
     */
    private String demoPasswordHash() {
        if (hashStrength == DEMO_PASSWORD_HASH_STRENGTH) {
            return DEMO_PASSWORD_HASH;
        }
        return java.util.Objects.requireNonNull(encoder.encode(DEMO_PASSWORD), "a password that is not null has a hash");
    }

    private static Account demoAccount(String username, String name, Role role, @Nullable String municipality, String hash,
                                       Instant now) {
        return Account.open(username, hash, name, role, "42", municipality, now);
    }
}
