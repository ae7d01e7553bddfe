package org.careroadmap.progress;

import java.util.List;

/** A year-end report refused because items are not rated yet; names them (422). */
public class ReportRefusedException extends RuntimeException {

    private final List<String> unratedItems;

    public ReportRefusedException(List<String> unratedItems) {
        super("unrated items: " + unratedItems.size());
        this.unratedItems = List.copyOf(unratedItems);
    }

    public List<String> unratedItems() {
        return unratedItems;
    }
}
