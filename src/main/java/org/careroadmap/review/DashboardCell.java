package org.careroadmap.review;

/**
 * One cell of an added column: the text shown, the value it sorts by, and whether it needs the
 * prefecture's attention (shown as 期限超過-style emphasis with its text, never colour alone).
 */
public record DashboardCell(String text, long sortValue, boolean attention) {

    public static final DashboardCell EMPTY = new DashboardCell("", Long.MIN_VALUE, false);

    public DashboardCell {
        text = text == null ? "" : text;
    }
}
