package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * NullAway checks only the packages marked {@code @NullMarked} in their {@code package-info.java} (the errorprone
 * profile's OnlyNullMarked), and a package annotation does not reach subpackages: a package without the mark is
 * silently unchecked. These tests read the sources, so a new package cannot slip out of the check unnoticed.
 */
class NullMarkedPackagesTest {

    private static final Path MAIN = Path.of("src/main/java/org/careroadmap");
    private static final Pattern MARK = Pattern.compile("^@(org\\.jspecify\\.annotations\\.)?NullMarked\\b", Pattern.MULTILINE);

    @Test
    void everyPackageWithClassesIsNullMarked() throws IOException {
        assertThat(unmarked(MAIN)).isEmpty();
    }

    @Test
    void aPackageWithoutItsPackageInfoOrWithoutTheMarkIsFound(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        write(root.resolve("marked/package-info.java"), "@org.jspecify.annotations.NullMarked\npackage x.marked;\n");
        write(root.resolve("marked/A.java"), "package x.marked; class A {}\n");
        write(root.resolve("marked/sub/B.java"), "package x.marked.sub; class B {}\n");
        write(root.resolve("commented/package-info.java"), "/** Not {@code @NullMarked} yet. */\npackage x.commented;\n");
        write(root.resolve("commented/C.java"), "package x.commented; class C {}\n");
        write(root.resolve("empty/package-info.java"), "package x.empty;\n");

        assertThat(unmarked(root)).containsExactlyInAnyOrder(root.resolve("marked/sub"), root.resolve("commented"));
    }

    /** Every directory under {@code root} (itself included) that holds Java classes but is not marked. */
    private static List<Path> unmarked(Path root) throws IOException {
        try (Stream<Path> directories = Files.walk(root)) {
            return directories.filter(Files::isDirectory).filter(NullMarkedPackagesTest::unmarkedPackageOf).sorted().toList();
        }
    }

    private static boolean unmarkedPackageOf(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            boolean holdsClasses = files.anyMatch(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
            Path info = directory.resolve("package-info.java");
            return holdsClasses && !(Files.exists(info) && MARK.matcher(Files.readString(info, StandardCharsets.UTF_8)).find());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
