package org.careroadmap.roadmap;

/** Where a roadmap stands in the prefecture's yearly cycle. Only drafts are edited in this release. */
public enum RoadmapStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED
}
