package org.careroadmap.roadmap;

import org.careroadmap.EmptyDatabaseTest;

@EmptyDatabaseTest
class RoadmapRepositoryH2Test extends RoadmapRepositoryContract {
}
