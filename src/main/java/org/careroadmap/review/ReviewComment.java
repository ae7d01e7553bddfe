package org.careroadmap.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A comment thread about one item (or the whole roadmap): the first comment, its replies and whether it is resolved. */
public record ReviewComment(long id, long roadmapId, @Nullable String itemId, @Nullable String itemTitle,
                            @Nullable Long parentId, String author, String authorRole, String body, Instant createdAt,
                            boolean resolved, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    /** A thread as shown: its opening comment and the replies in order. */
    public record Thread(ReviewComment opening, List<ReviewComment> replies) {

        public boolean resolved() {
            return opening.resolved();
        }
    }
}
