package org.careroadmap.evaluation;

/** The lifecycle of a municipality's evaluation of a year, as for the roadmap: 作成中 → 提出済 → 差戻し / 受理 → 公開. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED;

    /** Answers, areas' results, 住民の実感 and base figures may change only while the municipality holds it. */
    public boolean editableByMunicipality() {
        return this == DRAFT || this == RETURNED;
    }
}
