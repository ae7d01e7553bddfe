package org.careroadmap.platform;

/** What a signed-in person may do; the anonymous public has no role. */
public enum Role {
    /** 県管理者: manages its prefecture's accounts and template; sees everything in its prefecture. */
    PREFECTURE_ADMIN,
    /** 県担当: reads everything in its prefecture and comments. */
    PREFECTURE_REVIEWER,
    /** 市町編集者: edits its own municipality's roadmaps. */
    MUNICIPALITY_EDITOR,
    /** 市町閲覧者: reads its own municipality's roadmaps. */
    MUNICIPALITY_VIEWER,
    /**
     * 事業所: a care or medical provider of one municipality. It proposes changes to the resource-map entries
     * linked to its account and answers the 確認依頼; it reads nothing unpublished of the municipality.
     */
    PROVIDER;

    public boolean isPrefectureRole() {
        return this == PREFECTURE_ADMIN || this == PREFECTURE_REVIEWER;
    }

    /** Staff of the prefecture or a municipality: everyone but a provider. */
    public boolean isStaff() {
        return this != PROVIDER;
    }

    /** The Spring Security authority, e.g. {@code ROLE_MUNICIPALITY_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
