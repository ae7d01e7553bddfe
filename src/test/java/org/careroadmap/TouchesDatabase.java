package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose database {@code TEST_DATABASE=postgresql} turns from H2 into PostgreSQL
 * ({@link PostgresTestMode}): the test command's second pass runs only these ({@code -Dgroups=database}), because a
 * test that touches no database would only repeat the first pass. {@link SharedContextTest},
 * {@link EmptyDatabaseTest}, {@link SmallUploadLimitTest} and the browser tests' base carry it already; a class
 * with a Spring context of its own, or one that starts the application itself, carries it by hand.
 * {@code SpringTestsAreTaggedTest} fails when a Spring test class has neither this nor {@link AlwaysOnPostgresql}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(TouchesDatabase.TAG)
public @interface TouchesDatabase {

    String TAG = "database";
}
