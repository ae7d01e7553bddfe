package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The test JVMs hash passwords with 4 BCrypt rounds to save CPU (pom.xml); production must keep 10, and hashes of
 * either strength must keep matching, as a database carries hashes made under earlier settings.
 */
class PasswordHashStrengthTest {

    static final String PASSWORD = "demo-pass-2026";

    @Test
    void theApplicationHashesWithTenRoundsUnlessTold() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = AccountSecurity.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        int strength = Integer.parseInt(shipped.getProperty("app.security.password-hash-strength"));
        assertThat(strength).isEqualTo(10);
        assertThat(new AccountSecurity().passwordEncoder(strength).encode(PASSWORD)).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void theDemoAccountsPrecomputedHashIsOfTheStrengthItIsUsedFor() {
        assertThat(AccountBootstrap.DEMO_PASSWORD_HASH)
                .startsWith("{bcrypt}$2a$" + AccountBootstrap.DEMO_PASSWORD_HASH_STRENGTH + "$");
    }

    @Test
    void hashesOfEitherStrengthMatchUnderTheOther() {
        PasswordEncoder production = new AccountSecurity().passwordEncoder(10);
        PasswordEncoder tests = new AccountSecurity().passwordEncoder(4);
        assertThat(tests.encode(PASSWORD)).startsWith("{bcrypt}$2a$04$");
        assertThat(production.matches(PASSWORD, tests.encode(PASSWORD))).isTrue();
        assertThat(tests.matches(PASSWORD, production.encode(PASSWORD))).isTrue();
        assertThat(production.matches("wrong-pass-2026", tests.encode(PASSWORD))).isFalse();
    }

    @Test
    void hashesOfTheOtherStandardKindsStillMatch() {
        PasswordEncoder encoder = new AccountSecurity().passwordEncoder(10);
        assertThat(encoder.matches("x", "{noop}x")).isTrue();
        assertThat(encoder.matches("y", "{noop}x")).isFalse();
    }
}
