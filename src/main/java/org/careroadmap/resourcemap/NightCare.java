package org.careroadmap.resourcemap;

import org.jspecify.annotations.Nullable;

/**
 * What a resource offers outside its hours: the 夜間・休日の連絡先 and its note, 24時間対応, 往診・訪問診療,
 * 看取り対応 and 在宅緩和ケア. The booklet prints these on a page of their own.
 */
public record NightCare(@Nullable String contact, @Nullable String note, boolean open24h, boolean homeVisits, boolean endOfLifeCare,
                        boolean palliativeCare) {

    public static final NightCare NONE = new NightCare(null, null, false, false, false, false);

    public NightCare {
        contact = Texts.clean(contact);
        note = Texts.clean(note);
    }

    /** Whether someone can be reached at night or on holidays at all. */
    public boolean reachable() {
        return open24h || (contact != null && !contact.isEmpty());
    }
}
