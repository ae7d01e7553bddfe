package org.careroadmap;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test command's PostgreSQL pass runs only the classes tagged {@link TouchesDatabase} ({@code -Dgroups=database}).
 * A Spring test class without the tag would silently never run on PostgreSQL, so every class that starts a Spring
 * context (a {@code @SpringBootTest}, an {@code @ApplicationModuleTest}, anything run by Spring's JUnit extension)
 * must carry it — through {@link SharedContextTest} and its siblings, {@code BrowserTestBase}, or by hand — or say
 * with {@link AlwaysOnPostgresql} that it names PostgreSQL itself.
 */
class SpringTestsAreTaggedTest {

    @Test
    void everyTestClassWithASpringContextRunsInThePostgresqlPass() throws Exception {
        List<Class<?>> springTests = testClasses().stream().filter(SpringTestsAreTaggedTest::startsSpring).toList();
        assertThat(springTests).as("Spring test classes found").hasSizeGreaterThan(50);
        assertThat(springTests.stream().filter(c -> !tagged(c)).map(Class::getName))
                .as("Spring test classes without @TouchesDatabase or @AlwaysOnPostgresql (they would skip the PostgreSQL pass)")
                .isEmpty();
    }

    @Test
    void theSharedContextAnnotationsCarryTheDatabaseTag() {
        @SharedContextTest
        class Shared {
        }
        @EmptyDatabaseTest
        class Empty {
        }
        @SmallUploadLimitTest
        class SmallUploads {
        }
        for (Class<?> c : List.of(Shared.class, Empty.class, SmallUploads.class)) {
            assertThat(tags(c)).as(c.getSimpleName()).contains(TouchesDatabase.TAG);
        }
    }

    private static boolean startsSpring(Class<?> testClass) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .stream(ExtendWith.class)
                .anyMatch(a -> List.of(a.getClassArray("value")).contains(SpringExtension.class));
    }

    private static boolean tagged(Class<?> testClass) {
        List<String> tags = tags(testClass);
        return tags.contains(TouchesDatabase.TAG) || tags.contains(AlwaysOnPostgresql.TAG);
    }

    private static List<String> tags(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, Tag.class).stream().map(Tag::value).toList();
    }

    /** Every concrete top-level class compiled from src/test/java (the directory this class was loaded from). */
    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SpringTestsAreTaggedTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .map(SpringTestsAreTaggedTest::load)
                    .filter(c -> !c.isInterface() && !c.isAnnotation() && !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SpringTestsAreTaggedTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
