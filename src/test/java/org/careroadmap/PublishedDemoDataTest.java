package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A second copy of the whole application with the demo data, for the few classes that read what the demo data
 * publishes exactly as loaded — Iki City's published chart, its PDF and downloads, the published-page cache, the
 * comparison over Iki and 長崎市, a demo account's first sign-in — and would break on what the many
 * {@link SharedContextTest} classes do to the same roadmaps (publish, reopen, delete a demo municipality's roadmap).
 * One context for all of them (random port, MockMvc), so they cost one start together instead of one each: among
 * themselves they keep to the rule of the shared context — each makes its own rows or changes demo data only where
 * the others do not look. Use {@link SharedContextTest} unless a test truly needs the demo roadmaps untouched.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TouchesDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:publisheddemo;DB_CLOSE_DELAY=-1",
        "app.resourcemap.tiles.url=/map/tiles/{z}/{x}/{y}.png",
        "app.resourcemap.tiles.directory=target/test-tiles"})
@AutoConfigureMockMvc
public @interface PublishedDemoDataTest {
}
