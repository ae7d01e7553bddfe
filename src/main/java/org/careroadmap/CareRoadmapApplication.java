package org.careroadmap;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

/** Care Roadmap: authoring, checking and publishing 地域包括ケアシステム推進ロードマップ. */
@SpringBootApplication
public class CareRoadmapApplication {

    /** Operator commands that run against the database and exit, without a web server. */
    static final Set<String> COMMANDS = Set.of("backup", "restore");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication application = new SpringApplication(CareRoadmapApplication.class);
        PreparedContext.useWhenBuilt(application);
        // STARTUP_STEPS=1 records what Spring spends its start on; the slowest steps are logged once ready
        // (org.careroadmap.platform.StartupReport). Off by default: recording costs a little itself.
        if (System.getenv("STARTUP_STEPS") != null) {
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        application.run(args);
    }

    /**
     * Runs {@code backup --to FILE} or {@code restore --from FILE} (org.careroadmap.operations):
     * no web server, no demo data and no first accounts, since a restore target must stay empty.
     */
    public static int runCommand(String[] args) {
        SpringApplication application = new SpringApplication(CareRoadmapApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--app.command=" + args[0],
                "--app.demo-data.enabled=false", "--app.setup.admin-username=", "--app.setup.admin-password=",
                "--logging.level.root=WARN", "--logging.level.org.careroadmap.account=ERROR",
                "--spring.session.jdbc.cleanup-cron=-")).toArray(String[]::new);
        return SpringApplication.exit(application.run(all));
    }
}
