package org.careroadmap.resourcemap;

import org.careroadmap.EmptyDatabaseTest;

/** The contract on H2, in the context of every test without demo data (a web context: the platform's StaticAssets bean needs one). */
@EmptyDatabaseTest
class ResourceStoreH2Test extends ResourceStoreContract {
}
