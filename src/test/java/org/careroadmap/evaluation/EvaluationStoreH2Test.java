package org.careroadmap.evaluation;

import org.careroadmap.EmptyDatabaseTest;

/** The storage contract on H2, in the context of every test without demo data. */
@EmptyDatabaseTest
class EvaluationStoreH2Test extends EvaluationStoreContract {
}
