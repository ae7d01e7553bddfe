package org.careroadmap.progress;

/** Where a progress report stands: the roadmap's own words, 作成中 → 提出済 → 差戻し / 受理 → 公開. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED;

    /** Whether the municipality may still change the report's evaluations. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
