package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.careroadmap.EmptyDatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that both add the same attribute (as two pages opened at once after
 * signing in both make the CSRF token) are both saved; the later value wins.
 */
@EmptyDatabaseTest
class SessionAttributeUpsertTest {

    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsAddingTheSameAttributeAtOnceAreBothSaved() {
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("token", "from-first");
        second.setAttribute("token", "from-second");

        sessions.save(first);
        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();

        assertThat((String) sessions.findById(created.getId()).getAttribute("token")).isEqualTo("from-second");
    }
}
