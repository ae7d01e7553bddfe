package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How many SQL statements a kept signed-in page costs (issue 17): the session, read once, and one statement for
 * every part of the state the page depends on, however many modules add to it (it was thirteen: the session
 * twice, the account's password flag and ten version queries). Counted through a wrapper of the real
 * DataSource (StatementCounting) on the real filters and database.
 */
@SharedContextTest
class KeptPageStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;

    @Test
    void aKeptChartCostsOneReadOfTheSessionAndOneStatementForItsWholeState() throws Exception {
        Cookie session = signIn("iki-viewer");
        String chart = "/roadmaps/" + ikiRoadmap();
        request(chart, session);
        assertThat(request(chart, session).getHeader(PersonalPageCache.HEADER)).isEqualTo("hit");

        List<String> statements = StatementCounting.during(() -> request(chart, session));

        assertThat(statements).as("statements of a kept chart: %s", statements).hasSize(2);
        assertThat(statements.get(0)).as("the session, read once").containsIgnoringCase("FROM SPRING_SESSION");
        assertThat(statements.get(1)).as("the roadmap, every panel and every personal state in one statement")
                .contains("FROM roadmap r", "review_comment", "progress_report", "progress_change_count", "app_user",
                        "evaluation_publication_count", "notification");
    }

    private MockHttpServletResponse request(String path, Cookie session) {
        try {
            MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long ikiRoadmap() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100")
                && s.template().id().equals("nagasaki-8-9")).findFirst().orElseThrow().id());
    }

    private Cookie signIn(String user) throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(post("/login").param("username", user)
                .param("password", "demo-pass-2026").with(csrf())).andReturn().getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(302);
        return signedIn.getCookie("SESSION");
    }
}
