package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as production starts it (issue 17, README "Production"): {@code mvn package} extracts the
 * single jar into {@code target/app/care-roadmap.jar} with its libraries in {@code target/app/lib/}, which a plain
 * {@code java -jar} starts with less work. Runs after the package phase (failsafe), against the real artefact:
 * the layout is complete, the operator's backup command works from it, and so does the class-data-sharing
 * recipe's training start, which refreshes the context prepared at build time (Spring AOT).
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

    private static ExternalCommand.Result java(Path dir, String... arguments) {
        return java(dir, List.of(), arguments);
    }

    /** {@code java -jar target/app/care-roadmap.jar …}, with C1 only as the other test JVMs (pom.xml argLine). */
    private static ExternalCommand.Result java(Path dir, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return ExternalCommand.run(command, dir);
    }
}
