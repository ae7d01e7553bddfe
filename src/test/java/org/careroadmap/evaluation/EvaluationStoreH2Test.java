package org.careroadmap.evaluation;

import org.springframework.boot.test.context.SpringBootTest;

/** The storage contract on H2; shares its application context with RoadmapRepositoryH2Test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:repotest;DB_CLOSE_DELAY=-1", "app.demo-data.enabled=false"})
class EvaluationStoreH2Test extends EvaluationStoreContract {
}
