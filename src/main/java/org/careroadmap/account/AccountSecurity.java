package org.careroadmap.account;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How accounts sign in: hashed passwords, accounts from the database, and lockout bookkeeping. */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    /**
     * New hashes are {@code {bcrypt}} with {@code app.security.password-hash-strength} log rounds (10, Spring
     * Security's default; the test JVMs use 4, pom.xml). A stored hash carries its own rounds, so hashes of any
     * strength, and every other id the standard encoder knows, keep matching.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.security.password-hash-strength:10}") int strength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    UserDetailsService accountUserDetails(AccountService accounts) {
        return username -> accounts.forSignIn(username)
                .map(a -> new AccountPrincipal(a, accounts.lockedNow(a)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    SignInListener signInListener(AccountService accounts) {
        return new SignInListener(accounts);
    }

    /** Counts failed sign-ins towards the lock and clears them on success. Logs no names. */
    static class SignInListener {

        private final AccountService accounts;

        SignInListener(AccountService accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            accounts.signInFailed(event.getAuthentication().getName());
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
                accounts.signInSucceeded(principal.getUsername());
            }
        }
    }
}
