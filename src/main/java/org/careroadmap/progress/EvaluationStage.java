package org.careroadmap.progress;

/** The two self-evaluations of a fiscal year: 中間 (interim) and 年度末 (year-end). */
public enum EvaluationStage {
    INTERIM, YEAR_END
}
