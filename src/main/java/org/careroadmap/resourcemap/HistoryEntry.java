package org.careroadmap.resourcemap;

import java.time.Instant;

/** One recorded change: {@code detail} holds the changed fields as {@code field: before → after} lines. */
public record HistoryEntry(Instant at, String by, String action, String detail) {
}
