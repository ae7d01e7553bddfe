package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * When a plain {@code java -jar} may start from the context prepared at build time (issue 17): only from the
 * packaged jar, and only where the run's settings select the same beans as the build's.
 */
class PreparedContextTest {

    @AfterEach
    void ordinaryStartForTheOtherTests() {
        System.clearProperty(PreparedContext.AOT_ENABLED);
    }

    @Test
    void onceTheSettingsAreReadTheDecisionIsLeftForSpringToFind() {
        SpringApplication application = new SpringApplication(CareRoadmapApplication.class);
        new PreparedContext.DecideOnceSettingsAreRead().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), application, new String[0],
                new MockEnvironment().withProperty("spring.mail.host", "smtp.example.lg.jp")));
        assertThat(System.getProperty(PreparedContext.AOT_ENABLED)).isNull();
        new PreparedContext.DecideOnceSettingsAreRead().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), application, new String[0], new MockEnvironment()));
        assertThat(System.getProperty(PreparedContext.AOT_ENABLED)).isEqualTo("true");
    }

    @Test
    void settingsWithoutAMailServerFitTheBuildsContext() {
        assertThat(PreparedContext.fits(new MockEnvironment().withProperty("app.demo-data.enabled", "false")
                .withProperty("spring.profiles.active", "pg"))).isTrue();
    }

    @Test
    void aMailServerNeedsTheOrdinaryStartBecauseTheBuildHadNoMailSender() {
        assertThat(PreparedContext.fits(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.lg.jp")))
                .isFalse();
        assertThat(PreparedContext.fits(new MockEnvironment().withProperty("spring.mail.jndi-name", "mail/Session")))
                .isFalse();
    }

    @Test
    void classesRunFromADirectoryKeepTheOrdinaryStartSinceTheGeneratedCodeMayBeStale() {
        // The tests run from target/classes, as an IDE or mvn spring-boot:run does.
        assertThat(PreparedContext.fromBuiltJar()).isFalse();
        SpringApplication application = new SpringApplication(CareRoadmapApplication.class);
        int listeners = application.getListeners().size();
        PreparedContext.useWhenBuilt(application);
        assertThat(application.getListeners()).hasSize(listeners);
        assertThat(System.getProperty(PreparedContext.AOT_ENABLED)).isNull();
    }
}
