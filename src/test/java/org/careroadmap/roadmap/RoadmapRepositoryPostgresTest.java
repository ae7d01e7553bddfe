package org.careroadmap.roadmap;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careroadmap.AlwaysOnPostgresql;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on a real PostgreSQL: the server named by {@code PG_URL} (the test command
 * starts Debian's PostgreSQL and sets it), or else an embedded PostgreSQL 15 started for this class.
 */
@AlwaysOnPostgresql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.demo-data.enabled=false")
class RoadmapRepositoryPostgresTest extends RoadmapRepositoryContract {

    private static EmbeddedPostgres embedded;
    /** A schema of its own for every run, so reruns and other suites on the same server never meet. */
    private static final String SCHEMA = "repotest_" + Long.toString(System.nanoTime(), 36);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = System.getenv("PG_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PG_USER", "careroadmap"));
            registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PG_PASSWORD", "careroadmap"));
            registry.add("spring.flyway.schemas", () -> SCHEMA);
            registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
            return;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> embedded.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (embedded != null) {
            embedded.close();
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getenv("PG_URL"),
                System.getenv().getOrDefault("PG_USER", "careroadmap"),
                System.getenv().getOrDefault("PG_PASSWORD", "careroadmap"))) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
