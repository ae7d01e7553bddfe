package org.careroadmap.roadmap;

/**
 * Where a roadmap stands in the prefecture's yearly cycle: 作成中 → 提出済 → 差戻し or 受理 → 公開.
 * Only a draft or a returned roadmap is edited; an accepted or published one is reopened as a draft
 * to revise it (the public keeps seeing the published version meanwhile).
 */
public enum RoadmapStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
