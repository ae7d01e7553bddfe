package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context most tests share: the whole application on a random port with the demo data
 * (Iki City, 長崎市 …) in one in-memory H2 database ({@code TEST_DATABASE=postgresql} turns it into one
 * PostgreSQL schema), MockMvc ready to inject, production limits. Spring caches a context by its
 * configuration, so every class that carries only this annotation starts nothing new: put no other
 * {@code properties}, {@code @MockitoBean}, {@code @DynamicPropertySource} or {@code @DirtiesContext} on such a
 * class. {@link StatementCounting} counts a request's SQL statements. Tests make their own rows (their own roadmap, account or municipality) or change demo data only in a
 * way other tests do not read, because every test class sees what the others wrote.
 */
@TouchesDatabase
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shared;DB_CLOSE_DELAY=-1",
        "app.resourcemap.tiles.url=/map/tiles/{z}/{x}/{y}.png",
        "app.resourcemap.tiles.directory=target/test-tiles",
        "app.resourcemap.tiles.pmtiles=target/test-tiles/archive.pmtiles"})
@AutoConfigureMockMvc
@Import(StatementCounting.class)
public @interface SharedContextTest {
}
