package org.careroadmap.resourcemap;

import java.time.Instant;

/**
 * A provider sent a proposal for its own resource. Published inside the proposal's transaction, so whatever
 * counts it (an open 確認依頼 takes it as the provider's answer) is saved with the proposal or not at all.
 */
record ResourceProposed(long resourceId, String proposedBy, Instant at) {
}
