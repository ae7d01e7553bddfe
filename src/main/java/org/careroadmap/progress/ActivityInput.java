package org.careroadmap.progress;

import org.jspecify.annotations.Nullable;

/**
 * An activity as typed into the form, sent as JSON or read from one CSV row: every field as text,
 * read by {@link ActivityReader} so that each problem is named by its field.
 */
public record ActivityInput(@Nullable String fiscalYear, @Nullable String itemId, @Nullable String arrowId,
                            @Nullable String kind, @Nullable String title, @Nullable String heldOn,
                            @Nullable String participants, @Nullable String professions, @Nullable String note) {
}
