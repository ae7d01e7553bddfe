package org.careroadmap.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What a load balancer and a monitoring system see: probes for everyone, metrics for administrators. */
@SharedContextTest
class OperationsEndpointsTest {

    static final String PASSWORD = "demo-pass-2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RequestIdFilter requestIds;
    @Autowired
    SecurityObservationSettings securityObservations;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(requestIds).apply(springSecurity()).build();
    }

    @Test
    void healthReadinessAndLivenessArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusMetricsNeedAPrefectureAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("iki-editor", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("pref-reviewer", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("pref-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void otherActuatorEndpointsStayClosed() throws Exception {
        mvc.perform(get("/actuator/env").with(httpBasic("pref-admin", PASSWORD))).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/heapdump").with(httpBasic("pref-admin", PASSWORD))).andExpect(status().is4xxClientError());
    }

    @Test
    void logLinesWrittenWhileServingARequestCarryItsIdAndNoQueryString() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(RequestIdFilter.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.addAppender(lines);
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            String id = mvc.perform(get("/actuator/health").queryParam("person", "山田太郎"))
                    .andReturn().getResponse().getHeader("X-Request-Id");
            assertThat(lines.list).hasSize(1);
            assertThat(lines.list.get(0).getMDCPropertyMap()).containsEntry("requestId", id);
            assertThat(lines.list.get(0).getFormattedMessage()).startsWith("GET /actuator/health 200").doesNotContain("山田");
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsASaneIncomingOne() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{16}")));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-1234.abc"))
                .andExpect(header().string("X-Request-Id", "lb-1234.abc"));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "<script>alert(1)</script>"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{16}")));
    }

    @Test
    void springSecurityIsToldNotToWrapRequestsAuthenticationsOrAuthorizationsInObservations() {
        // SecurityObservationsConfiguration: nothing reads them, yet in production every request would wrap each
        // security filter in one (this test context does not wrap either way, so the settings are what is checked).
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }
}
