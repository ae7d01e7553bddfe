package org.careroadmap.review;

import org.jspecify.annotations.Nullable;

/**
 * Someone started or answered a comment thread on a roadmap (or one of its items). {@code byPrefecture} says which
 * side wrote it, so the other side can be told; the text itself stays in the application.
 */
public record CommentPosted(long roadmapId, String municipalityCode, long threadId, long commentId,
                            @Nullable String itemId, @Nullable String itemTitle, String author, boolean byPrefecture) {
}
