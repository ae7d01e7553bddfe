package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.careroadmap.SharedContextTest;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Parallel failed sign-ins are each counted, by the database, and never answered with a 500; the account ends
 * locked, and the right password in the middle of such a burst gets an answer too. (In the shared Spring context;
 * runs on PostgreSQL with {@code TEST_DATABASE=postgresql}.)
 */
@SharedContextTest
class LockoutRaceTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "burst-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, PASSWORD, "連打 太郎", Role.MUNICIPALITY_EDITOR, "42", "422100"));
    }

    @Test
    void parallelWrongPasswordsAreAllAnsweredAndLockTheAccount() throws Exception {
        List<MvcResult> results = burst(40, i -> "wrong-password-" + i);
        assertThat(results).allSatisfy(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error"));
        Timestamp lockedUntil = jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?").param(username)
                .query(Timestamp.class).single();
        assertThat(lockedUntil).isNotNull();
        assertThat(lockedUntil.toInstant()).isAfter(Instant.now());
        MvcResult right = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD)).andReturn();
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void fourParallelFailuresCountFourTimes() throws Exception {
        burst(4, i -> "wrong-password-" + i);
        int failed = jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?").param(username).query(Integer.class).single();
        assertThat(failed).isEqualTo(4);
    }

    @Test
    void theRightPasswordDuringABurstIsAnsweredWithoutAServerError() throws Exception {
        List<MvcResult> results = burst(12, i -> i % 3 == 0 ? PASSWORD : "wrong-password-" + i);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.getResponse().getStatus()).isLessThan(500);
            assertThat(r.getResponse().getRedirectedUrl()).isIn("/", "/login?error");
        });
    }

    private List<MvcResult> burst(int requests, java.util.function.IntFunction<String> password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(requests, 20));
        try {
            List<Callable<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String attempt = password.apply(i);
                calls.add(() -> mvc.perform(post("/login").with(csrf()).param("username", username).param("password", attempt))
                        .andReturn());
            }
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
