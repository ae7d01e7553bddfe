package org.careroadmap.evaluation;

import org.careroadmap.AlwaysOnPostgresql;
import org.careroadmap.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The storage contract on a real PostgreSQL: a schema of its own on the server named by PG_URL, or an embedded one. */
@AlwaysOnPostgresql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.demo-data.enabled=false")
class EvaluationStorePostgresTest extends EvaluationStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.Database database = TestPostgres.newSchema("evaluation_store");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }
}
