package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Rights end when the administrator says so: the sessions of an account that is disabled, gets another role or
 * municipality or a temporary password end at once (they are rows in the database, so on every node); changing
 * one's own password ends one's other sessions. Requests go through the real Spring Session filter, with the
 * {@code SESSION} cookie, as a browser's would. (In the shared Spring context.)
 */
@SharedContextTest
class SessionRevocationTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.careroadmap.roadmap.RoadmapReads roadmaps;
    @Autowired
    org.careroadmap.roadmap.RoadmapEditing editing;

    MockMvc mvc;
    String username;
    long id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(SessionRepositoryFilter.class)).apply(springSecurity()).build();
        username = "revoked-" + System.nanoTime();
        id = CurrentActor.asSystem(() -> accounts.bootstrap(username, PASSWORD, "失効 太郎", Role.MUNICIPALITY_EDITOR,
                "42", "422100")).id();
    }

    @Test
    void disablingAnAccountEndsItsSessionsSoItCanNoLongerWrite() throws Exception {
        Cookie session = signIn(PASSWORD);
        Cookie other = signIn(PASSWORD);
        assertThat(sessionsInDatabase()).isEqualTo(2);
        long roadmap = draftOfIki();
        mvc.perform(post("/api/roadmaps/{id}/items", roadmap).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(roadmap) + ",\"category\":\"A\",\"title\":\"失効前\"}"))
                .andExpect(status().isCreated());

        adminSaves("MUNICIPALITY_EDITOR", "422100", false);

        assertThat(sessionsInDatabase()).isZero();
        mvc.perform(post("/api/roadmaps/{id}/items", roadmap).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(roadmap) + ",\"category\":\"A\",\"title\":\"失効後\"}"))
                .andExpect(status().isUnauthorized());
        assertSignedOut(other);
    }

    @Test
    void changingTheRoleEndsTheSessions() throws Exception {
        Cookie session = signIn(PASSWORD);
        adminSaves("MUNICIPALITY_VIEWER", "422100", true);
        assertSignedOut(session);
    }

    @Test
    void changingTheMunicipalityEndsTheSessions() throws Exception {
        Cookie session = signIn(PASSWORD);
        adminSaves("MUNICIPALITY_EDITOR", "422011", true);
        assertSignedOut(session);
    }

    @Test
    void changingOnlyTheDisplayNameKeepsTheSessions() throws Exception {
        Cookie session = signIn(PASSWORD);
        adminSaves("MUNICIPALITY_EDITOR", "422100", true);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aTemporaryPasswordEndsTheSessions() throws Exception {
        Cookie session = signIn(PASSWORD);
        String page = mvc.perform(post("/admin/accounts/{id}/password-reset", id).with(TestActors.prefectureAdmin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher temporary = Pattern.compile("class=\"temporary-password\">([A-Za-z0-9]{16})<").matcher(page);
        assertThat(temporary.find()).isTrue();
        assertSignedOut(session);
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        Cookie here = signIn(PASSWORD);
        Cookie elsewhere = signIn(PASSWORD);
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "a-much-longer-secret").param("confirmation", "a-much-longer-secret"))
                .andExpect(redirectedUrl("/"));
        assertSignedOut(elsewhere);
        mvc.perform(get("/account/password").cookie(here)).andExpect(status().isOk());
    }

    private void adminSaves(String role, String municipality, boolean enabled) throws Exception {
        long version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Long.class).single();
        var request = post("/admin/accounts/{id}", id).with(TestActors.prefectureAdmin()).with(csrf())
                .param("displayName", "失効 太郎 " + System.nanoTime()).param("role", role)
                .param("municipalityCode", municipality).param("version", "" + version);
        if (enabled) {
            request.param("enabled", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/accounts"));
    }

    private void assertSignedOut(Cookie session) throws Exception {
        mvc.perform(get("/account/password").cookie(session).accept("text/html"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private long sessionsInDatabase() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(username).query(Long.class).single();
    }

    private Cookie signIn(String password) throws Exception {
        Cookie cookie = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** Iki City's draft on the 第9期・第10期 edition (its published roadmap is on the other one). */
    private long draftOfIki() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals("422100") && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create("422100", "nagasaki-9-10").roadmap().id()));
    }

    private long version(long roadmap) {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(roadmap).query(Long.class).single();
    }
}
