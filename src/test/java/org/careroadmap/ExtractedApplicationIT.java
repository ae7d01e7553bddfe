package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as production starts it (issue 17, README "Production"): {@code mvn package} extracts the
 * single jar into {@code target/app/care-roadmap.jar} with its libraries in {@code target/app/lib/}, which a plain
 * {@code java -jar} starts with less work. Runs after the package phase (failsafe), against the real artefact:
 * the layout is complete, the operator's backup command works from it, and so does the class-data-sharing
 * recipe's training start, which refreshes the context prepared at build time (Spring AOT); a stop with
 * {@code SIGTERM} closes everything in order, the database last.
 */
class ExtractedApplicationIT {

    static final Path APP = Path.of("target", "app");
    static final Path JAR = APP.resolve("care-roadmap.jar");

    @Test
    void theJarNamesItsStartClassAndEveryLibraryBesideItAndNoOther() throws IOException {
        assertThat(JAR).as("made by mvn package (maven-antrun-plugin, extract-app)").isRegularFile();
        Manifest manifest;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            manifest = jar.getManifest();
            assertThat(jar.getEntry("org/careroadmap/CareRoadmapApplication__ApplicationContextInitializer.class"))
                    .as("the context prepared at build time").isNotNull();
            assertThat(jar.getEntry("db/migration/V1__reference_and_roadmap_schema.sql")).isNotNull();
        }
        assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo(CareRoadmapApplication.class.getName());
        List<String> classPath = Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").split(" "));
        List<String> libraries;
        try (Stream<Path> files = Files.list(APP.resolve("lib"))) {
            libraries = files.map(file -> "lib/" + file.getFileName()).toList();
        }
        assertThat(classPath).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(libraries)
                .anyMatch(entry -> entry.startsWith("lib/spring-boot-4"));
    }

    @Test
    void theBackupCommandRunsFromTheExtractedApplication(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("backup.zip");
        ExternalCommand.Result result = java(dir, "backup", "--to", archive.toString(), "--app.data-dir=" + dir.resolve("h2"));
        assertThat(result.exit()).as(result.out()).isZero();
        try (ZipFile zip = new ZipFile(archive.toFile()); InputStream manifest = zip.getInputStream(zip.getEntry("manifest.json"))) {
            assertThat(new String(manifest.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"municipality\"");
        }
    }

    @Test
    void theClassDataSharingRecipesTrainingStartRefreshesThePreparedContextAndExits(@TempDir Path dir) {
        ExternalCommand.Result result = java(dir, List.of("-Dspring.context.exit=onRefresh"),
                "--server.port=0", "--app.data-dir=" + dir.resolve("h2"));
        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).contains("Starting AOT-processed CareRoadmapApplication");
    }

    /**
     * {@code SIGTERM} soon after readiness, as an orchestrator stops a node: Spring's graceful shutdown closes the
     * beans, and only then the pool and with its last connection the H2 database. With H2's default
     * {@code DB_CLOSE_ON_EXIT=TRUE} its own shutdown hook closed the database beside Spring's, and a bean that
     * touches the database while it closes failed ({@code eventPublicationRegistry}: "Could not open JDBC Connection").
     */
    @Test
    void aStopSoonAfterReadinessClosesTheDatabaseOnlyAfterTheBeansThatUseIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("application.log");
        Process process = start(dir, log, "--server.port=0", "--app.data-dir=" + dir.resolve("h2"));
        try {
            awaitReadiness(process, log);
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within the shutdown timeout").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String out = Files.readString(log);
        assertThat(process.exitValue()).as("the JVM's status after SIGTERM and its shutdown hooks (128 + 15)\n" + out)
                .isEqualTo(143);
        assertThat(out).as("the log: requests, then beans, then the pool (last) close normally")
                .contains("Commencing graceful shutdown").contains("Graceful shutdown complete")
                .contains("HikariPool-1 - Shutdown completed")
                .doesNotContain("Could not open JDBC Connection").doesNotContain("Invocation of destroy method failed")
                .doesNotContain("Database is already closed");
    }

    private static void awaitReadiness(Process process, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            Matcher port = Pattern.compile("Tomcat started on port (\\d+)").matcher(Files.readString(log));
            if (port.find()) {
                HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port.group(1) + "/actuator/health/readiness")).build();
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 180 s:\n" + Files.readString(log));
    }

    /** Started and left running, its output (stderr too) in {@code log}. */
    private static Process start(Path dir, Path log, String... arguments) throws IOException {
        return new ProcessBuilder(command(List.of(), arguments)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static ExternalCommand.Result java(Path dir, String... arguments) {
        return java(dir, List.of(), arguments);
    }

    /** {@code java -jar target/app/care-roadmap.jar …}, with C1 only as the other test JVMs (pom.xml argLine). */
    private static ExternalCommand.Result java(Path dir, List<String> jvmOptions, String... arguments) {
        return ExternalCommand.run(command(jvmOptions, arguments), dir);
    }

    private static List<String> command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return command;
    }
}
