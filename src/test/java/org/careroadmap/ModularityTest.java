package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/careroadmap");

    private final ApplicationModules modules = ApplicationModules.of(CareRoadmapApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    /** The shared layer sits at the bottom: a platform class naming any domain module would make every module depend on it. */
    @Test
    void platformNamesNoDomainModule() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("platform"))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).matches("(?s).*org\\.careroadmap\\.(?!platform\\b)[a-z]+\\.[A-Za-z].*"))
                    .map(Path::toString).toList();
            assertThat(offending).isEmpty();
        }
    }

    /** Every module says which others it may use, so a new dependency is a deliberate edit of its package-info. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> undeclared = dirs.filter(Files::isDirectory)
                    .filter(d -> !read(d.resolve("package-info.java")).contains("allowedDependencies"))
                    .map(d -> d.getFileName().toString()).toList();
            assertThat(undeclared).isEmpty();
        }
    }

    @Test
    void writesTheModuleGraphForTheDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
