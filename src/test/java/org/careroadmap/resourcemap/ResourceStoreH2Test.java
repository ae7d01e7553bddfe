package org.careroadmap.resourcemap;

import org.springframework.boot.test.context.SpringBootTest;

/** The contract on H2 (a web context of its own: without one the platform's StaticAssets bean cannot start). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:resourcestore;DB_CLOSE_DELAY=-1", "app.demo-data.enabled=false"})
class ResourceStoreH2Test extends ResourceStoreContract {
}
