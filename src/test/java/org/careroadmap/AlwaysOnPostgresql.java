package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that names PostgreSQL itself ({@link TestPostgres}: the store contracts on PostgreSQL, the
 * two-node test), so it runs on PostgreSQL in the test command's first pass already and the second pass, which runs
 * only {@link TouchesDatabase} classes, would merely repeat it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(AlwaysOnPostgresql.TAG)
public @interface AlwaysOnPostgresql {

    String TAG = "postgresql";
}
