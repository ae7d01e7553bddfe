package org.careroadmap.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How accounts sign in: hashed passwords, accounts from the database, and lockout bookkeeping. */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
