package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountBootstrapTest {

    @Test
    void theDemoAccountsPrecomputedHashIsTheDemoPasswordAsTheEncoderReadsIt() {
        PasswordEncoder encoder = new AccountSecurity().passwordEncoder(10);

        assertThat(encoder.matches(AccountBootstrap.DEMO_PASSWORD, AccountBootstrap.DEMO_PASSWORD_HASH)).isTrue();
        assertThat(encoder.matches("demo-pass-2025", AccountBootstrap.DEMO_PASSWORD_HASH)).isFalse();
        assertThat(encoder.upgradeEncoding(AccountBootstrap.DEMO_PASSWORD_HASH)).isFalse();
    }
}
