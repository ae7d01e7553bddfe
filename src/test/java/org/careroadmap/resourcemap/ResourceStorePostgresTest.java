package org.careroadmap.resourcemap;

import org.careroadmap.AlwaysOnPostgresql;
import org.careroadmap.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on a real PostgreSQL: the server named by {@code PG_URL}, or else an embedded PostgreSQL 15,
 * in a schema of its own for this run.
 */
@AlwaysOnPostgresql
@SpringBootTest(properties = "app.demo-data.enabled=false")
class ResourceStorePostgresTest extends ResourceStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.Database database = TestPostgres.newSchema("resourcestore");
        database.properties().forEach((key, value) -> registry.add(key, () -> value));
    }
}
