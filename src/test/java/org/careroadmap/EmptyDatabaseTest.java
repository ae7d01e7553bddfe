package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shared context of tests that need a database without the demo data (store contracts, read models,
 * import use cases that count what they wrote): one in-memory H2 database for all of them, so, as with
 * {@link SharedContextTest}, add nothing that changes the context's configuration and make rows the other
 * classes do not count (their own municipality or ids).
 */
@TouchesDatabase
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:nodemo;DB_CLOSE_DELAY=-1",
        "app.demo-data.enabled=false"})
public @interface EmptyDatabaseTest {
}
