package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A request writes its session's last access time only when the stored one is more than a minute old, so a
 * signed-in page is one read of the session, not a read and a write; the session is still read from the database
 * every time, so a deleted session is gone at once. Requests go through the real Spring Session filter and H2.
 * (In the shared Spring context.)
 */
@SharedContextTest
class SeldomTouchedSessionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    FindByIndexNameSessionRepository<?> repository;
    @Autowired
    JdbcClient jdbc;

    FindByIndexNameSessionRepository<Session> sessions;
    MockMvc mvc;
    Session session;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        sessions = (FindByIndexNameSessionRepository<Session>) repository;
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(SessionRepositoryFilter.class)).build();
        session = sessions.createSession();
        sessions.save(session);
    }

    @Test
    void aRequestWithinAMinuteOfTheLastWriteLeavesTheSessionRowAsItWas() throws Exception {
        long before = lastAccessStored();

        Thread.sleep(5);
        mvc.perform(get("/").cookie(cookie())).andExpect(status().isOk());

        assertThat(lastAccessStored()).isEqualTo(before);
    }

    @Test
    void aRequestMoreThanAMinuteAfterTheLastWriteStoresTheNewAccessTime() throws Exception {
        long twoMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(2).toMillis();
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
                .params(twoMinutesAgo, twoMinutesAgo + session.getMaxInactiveInterval().toMillis(), session.getId()).update();

        mvc.perform(get("/").cookie(cookie())).andExpect(status().isOk());

        assertThat(lastAccessStored()).isGreaterThan(twoMinutesAgo + Duration.ofSeconds(100).toMillis());
        assertThat(jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?").param(session.getId())
                .query(Long.class).single()).isGreaterThan(System.currentTimeMillis() + Duration.ofMinutes(25).toMillis());
    }

    @Test
    void anAttributeSetWithinTheMinuteIsStillSaved() {
        Session read = sessions.findById(session.getId());
        read.setAttribute("note", "kept");
        sessions.save(read);

        assertThat((String) sessions.findById(session.getId()).getAttribute("note")).isEqualTo("kept");
    }

    @Test
    void aSessionDeletedInTheDatabaseIsGoneAtTheNextRequestEvenWithinTheMinute() {
        assertThat(sessions.findById(session.getId())).isNotNull();

        jdbc.sql("DELETE FROM spring_session WHERE session_id = ?").param(session.getId()).update();

        assertThat(sessions.findById(session.getId())).isNull();
    }

    private long lastAccessStored() {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(session.getId())
                .query(Long.class).single();
    }

    private Cookie cookie() {
        return new Cookie("SESSION", Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
    }
}
