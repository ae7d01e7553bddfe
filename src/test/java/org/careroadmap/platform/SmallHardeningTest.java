package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.careroadmap.SharedContextTest;
import org.careroadmap.account.AccountService;
import org.careroadmap.review.SubmissionRounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The smaller findings of the hardening review: no session row for an anonymous sign-in page, HEAD answered like
 * GET, HSTS and Secure cookies on a request the TLS proxy marked secure, the password blocklist on the form, round
 * deadlines in a sane year, and an overall health that is not UP before start-up work is done. (In the shared Spring context;
 * the session-table checks go through the real Spring Session filter.)
 */
@SharedContextTest
class SmallHardeningTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionRounds rounds;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(SessionRepositoryFilter.class)).apply(springSecurity()).build();
        org.careroadmap.ConfiguredCsrfRepository.restore(context);
    }

    @Test
    void anonymousSignInPagesStoreNoSessionAndTheCookieTokenStillSignsIn() throws Exception {
        long before = sessions();
        MvcResult page = null;
        for (int i = 0; i < 20; i++) {
            page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        }
        assertThat(sessions()).isEqualTo(before);
        assertThat(page.getResponse().getCookie("SESSION")).isNull();

        // A browser's sign-in: the CSRF token from the page's form, the cookie it came with.
        Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponse().getContentAsString());
        assertThat(hidden.find()).isTrue();
        String user = "cookie-" + System.nanoTime();
        org.careroadmap.platform.CurrentActor.asSystem(() -> accounts.bootstrap(user, "correct-horse-battery", "クッキー 太郎",
                Role.MUNICIPALITY_VIEWER, "42", "422100"));
        mvc.perform(post("/login").cookie(token).param("_csrf", hidden.group(1)).param("username", user)
                .param("password", "correct-horse-battery")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", user).param("password", "correct-horse-battery"))
                .andExpect(status().isForbidden());
    }

    @Test
    void headOfAPublicPageAnswersLikeItsGet() throws Exception {
        long published = jdbc.sql("SELECT id FROM roadmap WHERE status = 'PUBLISHED' ORDER BY id").query(Long.class).list().get(0);
        mvc.perform(get("/roadmaps/{id}", published)).andExpect(status().isOk());
        mvc.perform(head("/roadmaps/{id}", published)).andExpect(status().isOk());
        mvc.perform(head("/api/roadmaps/{id}", published)).andExpect(status().isOk());
        mvc.perform(head("/")).andExpect(status().isOk());
    }

    @Test
    void aRequestTheProxyMarkedSecureGetsHstsAndSecureCookies() throws Exception {
        MvcResult page = mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age="))).andReturn();
        assertThat(page.getResponse().getCookie("XSRF-TOKEN").getSecure()).isTrue();
        String user = "secure-" + System.nanoTime();
        org.careroadmap.platform.CurrentActor.asSystem(() -> accounts.bootstrap(user, "correct-horse-battery", "安全 太郎",
                Role.MUNICIPALITY_VIEWER, "42", "422100"));
        Cookie session = mvc.perform(post("/login").secure(true).with(csrf()).param("username", user)
                .param("password", "correct-horse-battery")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.getSecure()).isTrue();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void twelveSpacesAndTheProductsNameAreRefusedAsPasswordsInJapanese() throws Exception {
        String user = "policy-" + System.nanoTime();
        org.careroadmap.platform.CurrentActor.asSystem(() -> accounts.bootstrap(user, "correct-horse-battery", "方針 太郎",
                Role.MUNICIPALITY_EDITOR, "42", "422100"));
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", "correct-horse-battery"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "correct-horse-battery")
                        .param("newPassword", "            ").param("confirmation", "            "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("同じ文字の繰り返し")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "correct-horse-battery")
                        .param("newPassword", "CareRoadmap2026!").param("confirmation", "CareRoadmap2026!"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("推測しやすい語")));
    }

    @Test
    void aRoundDeadlineInYearZeroOrANegativeYearIsRefused() {
        for (String deadline : new String[] {"0000-03-31", "-0001-03-31", "+12026-03-31"}) {
            assertThatThrownBy(() -> CurrentActor.asSystem(() -> rounds.open("2026", deadline, "nagasaki-8-9")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::messageKey).contains("round.deadline.invalid"));
        }
    }

    @Test
    void theOverallHealthIsNotUpUntilStartUpWorkIsDone() throws Exception {
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }
}
