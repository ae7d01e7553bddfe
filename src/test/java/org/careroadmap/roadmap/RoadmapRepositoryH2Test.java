package org.careroadmap.roadmap;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:repotest;DB_CLOSE_DELAY=-1", "app.demo-data.enabled=false"})
class RoadmapRepositoryH2Test extends RoadmapRepositoryContract {
}
