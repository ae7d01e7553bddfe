package org.careroadmap.progress;

/**
 * An activity as typed into the form, sent as JSON or read from one CSV row: every field as text,
 * read by {@link ActivityReader} so that each problem is named by its field.
 */
public record ActivityInput(String fiscalYear, String itemId, String arrowId, String kind, String title, String heldOn,
                            String participants, String professions, String note) {
}
