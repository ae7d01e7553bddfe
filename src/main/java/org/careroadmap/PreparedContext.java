package org.careroadmap;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Lets a plain {@code java -jar} start from the application context that Spring AOT prepared when the jar was
 * built (spring-boot-maven-plugin {@code process-aot}): the bean definitions are generated code, so the start
 * skips scanning the class path, parsing the configuration classes and evaluating the auto-configurations'
 * conditions (issue 17; the README's "Where a plain first start goes" has the figures).
 *
 * <p>The build decided those conditions once, so the prepared context is used only where this run's settings
 * select the same beans as the build's: never when {@code spring.aot.enabled} is given (that wins), never
 * for the operator commands (they run without a web server; {@link CareRoadmapApplication#runCommand}), and
 * not when a mail server is configured, because mail's auto-configuration exists only with
 * {@code spring.mail.host} (or a JNDI name) and the build had none. Our own beans decide at run time (the demo
 * data reads {@code app.demo-data.enabled} when it runs). Classes run from a directory and tests (which never
 * start through {@code main}) keep the ordinary start.
 */
final class PreparedContext {

    static final String AOT_ENABLED = "spring.aot.enabled";
    /** The class process-aot generates for the application; only a packaged build has it. */
    static final String INITIALIZER = CareRoadmapApplication.class.getName() + "__ApplicationContextInitializer";
    /** Settings that add or remove beans of an auto-configuration, which a prepared context cannot follow. */
    static final List<String> BEAN_SELECTING_SETTINGS = List.of("spring.mail.host", "spring.mail.jndi-name");

    private PreparedContext() {
    }

    /** Uses the prepared context if the jar carries one and the settings, once read, fit it. */
    static void useWhenBuilt(SpringApplication application) {
        if (System.getProperty(AOT_ENABLED) != null || !fromBuiltJar()) {
            return;
        }
        application.addListeners(new DecideOnceSettingsAreRead());
    }

    /**
     * Decides once the environment is read (arguments, variables, files) and before the context is created,
     * which is when Spring asks whether to use generated artifacts. A class, not a lambda: the listener also
     * joins the context, whose event multicaster (Spring Modulith's) must see the event type it takes.
     */
    static final class DecideOnceSettingsAreRead implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (fits(event.getEnvironment())) {
                System.setProperty(AOT_ENABLED, "true");
            }
        }
    }

    /**
     * Whether the application runs from a packaged jar that carries the prepared context. Classes compiled into
     * a directory (an IDE, {@code mvn spring-boot:run}) may have changed since the last package, so there the
     * generated code could be stale and the ordinary start is used.
     */
    static boolean fromBuiltJar() {
        java.net.URL self = CareRoadmapApplication.class.getResource(CareRoadmapApplication.class.getSimpleName() + ".class");
        return self != null && "jar".equals(self.getProtocol())
                && ClassUtils.isPresent(INITIALIZER, CareRoadmapApplication.class.getClassLoader());
    }

    /** Whether the settings select the same beans as the build's. */
    static boolean fits(Environment environment) {
        return BEAN_SELECTING_SETTINGS.stream().noneMatch(environment::containsProperty);
    }
}
