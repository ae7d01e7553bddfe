package org.careroadmap.evaluation;

/**
 * Text blocks of the hearing: the prefecture's 特徴・主な取り組み (third person), the municipality's 課題認識 per
 * category, and the agreed next steps. Whose each block may be is part of the kind.
 */
public enum TextKind {
    FEATURE(true, false, false),
    ISSUE(true, true, true),
    NEXT_STEP(true, true, false);

    private final boolean prefectureWrites;
    private final boolean municipalityWrites;
    private final boolean perCategory;

    TextKind(boolean prefectureWrites, boolean municipalityWrites, boolean perCategory) {
        this.prefectureWrites = prefectureWrites;
        this.municipalityWrites = municipalityWrites;
        this.perCategory = perCategory;
    }

    public boolean writableBy(boolean prefectureStaff) {
        return prefectureStaff ? prefectureWrites : municipalityWrites;
    }

    public boolean perCategory() {
        return perCategory;
    }

    public static TextKind parse(String text) {
        for (TextKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        throw new org.careroadmap.platform.InvalidValueException("evaluation.text.kind.unknown", String.valueOf(text));
    }
}
