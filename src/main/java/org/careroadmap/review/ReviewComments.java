package org.careroadmap.review;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReturned;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Threads of comments per item between the prefecture's reviewers and the municipality's staff.
 * Only they read them; viewers read but do not write; the public sees none.
 */
@Service
@Transactional
public class ReviewComments {

    private final ReviewContext context;

    ReviewComments(ReviewContext context) {
        this.context = context;
    }

    @Transactional(readOnly = true)
    public boolean mayRead(RoadmapDocument doc) {
        return context.currentActor().get().belongsTo(doc.municipality().code().value());
    }

    @Transactional(readOnly = true)
    public boolean mayWrite(RoadmapDocument doc) {
        Actor actor = context.currentActor().get();
        return mayRead(doc) && (actor.application() || actor.role() != Role.MUNICIPALITY_VIEWER);
    }

    /** Threads by item id ("" for the whole roadmap), in the order they were opened. */
    @Transactional(readOnly = true)
    public Map<String, List<ReviewComment.Thread>> threads(RoadmapDocument doc) {
        if (!mayRead(doc)) {
            return Map.of();
        }
        List<ReviewComment> all = all(doc.roadmap().id());
        Map<String, List<ReviewComment.Thread>> byItem = new LinkedHashMap<>();
        for (ReviewComment c : all) {
            if (c.parentId() == null) {
                List<ReviewComment> replies = all.stream().filter(r -> Long.valueOf(c.id()).equals(r.parentId())).toList();
                byItem.computeIfAbsent(c.itemId() == null ? "" : c.itemId(), k -> new ArrayList<>())
                        .add(new ReviewComment.Thread(c, replies));
            }
        }
        return byItem;
    }

    @Transactional(readOnly = true)
    public int unresolved(long roadmapId) {
        return context.jdbc().sql("SELECT COUNT(*) FROM review_comment WHERE roadmap_id = ? AND parent_id IS NULL AND resolved = FALSE")
                .param(roadmapId).query(Integer.class).single();
    }

    /**
     * Changes whenever a comment of the roadmap is added or a thread is resolved or opened again (comments are
     * never edited or deleted): the number of comments, the sum of their ids and the sum of the resolved ones'.
     */
    public StateQuery version(long roadmapId) {
        return StateQuery.of("""
                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(id), 0) AS VARCHAR(30)), '/',
                       CAST(COALESCE(SUM(CASE WHEN resolved THEN id ELSE 0 END), 0) AS VARCHAR(30)))
                FROM review_comment WHERE roadmap_id = ?""", roadmapId);
    }

    /** Open threads per roadmap, for many roadmaps in one query; roadmaps without any are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> unresolvedPerRoadmap(java.util.Collection<Long> roadmapIds) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (roadmapIds.isEmpty()) {
            return counts;
        }
        context.jdbc().sql("""
                SELECT roadmap_id, COUNT(*) FROM review_comment
                WHERE roadmap_id IN (:ids) AND parent_id IS NULL AND resolved = FALSE GROUP BY roadmap_id""")
                .param("ids", java.util.List.copyOf(roadmapIds))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    public void startThread(long roadmapId, @Nullable String itemId, String body) {
        RoadmapDocument doc = writable(roadmapId);
        String title = null;
        if (itemId != null && !itemId.isBlank()) {
            RoadmapItem item = doc.roadmap().item(itemId).orElseThrow(() -> new InvalidInputException(
                    List.of(new FieldProblem("itemId", "comment.itemUnknown", List.of()))));
            title = item.title();
        }
        insert(doc, itemId == null || itemId.isBlank() ? null : itemId, title, null, new CommentBody(body).text());
    }

    public void reply(long roadmapId, long threadId, String body) {
        RoadmapDocument doc = writable(roadmapId);
        ReviewComment opening = opening(roadmapId, threadId);
        insert(doc, opening.itemId(), opening.itemTitle(), opening.id(), new CommentBody(body).text());
    }

    public void resolve(long roadmapId, long threadId, boolean resolved) {
        writable(roadmapId);
        opening(roadmapId, threadId);
        context.jdbc().sql("UPDATE review_comment SET resolved = ?, resolved_by = ?, resolved_at = ? WHERE id = ?")
                .param(resolved)
                .param(resolved ? context.currentActor().get().recordedName() : null)
                .param(resolved ? Timestamp.from(context.clock().instant()) : null)
                .param(threadId)
                .update();
    }

    /** The comment given when the prefecture returns a roadmap opens a thread of its own. */
    @EventListener
    void returned(RoadmapReturned event) {
        context.jdbc().sql("""
                INSERT INTO review_comment (roadmap_id, item_id, item_title, parent_id, author, author_role, body,
                    created_at, resolved) VALUES (?, NULL, NULL, NULL, ?, ?, ?, ?, FALSE)""")
                .params(event.roadmapId(), event.actor(), event.actorRole(), event.comment(), Timestamp.from(event.at()))
                .update();
    }

    private RoadmapDocument writable(long roadmapId) {
        RoadmapDocument doc = context.roadmaps().get(roadmapId);
        if (!mayRead(doc)) {
            throw new org.careroadmap.roadmap.RoadmapNotFoundException(roadmapId);
        }
        if (!mayWrite(doc)) {
            throw new AccessDeniedException("viewers do not comment");
        }
        return doc;
    }

    private ReviewComment opening(long roadmapId, long threadId) {
        return all(roadmapId).stream().filter(c -> c.id() == threadId && c.parentId() == null).findFirst()
                .orElseThrow(() -> new org.careroadmap.roadmap.RoadmapPartNotFoundException("comment", Long.toString(threadId)));
    }

    private void insert(RoadmapDocument doc, @Nullable String itemId, @Nullable String itemTitle, @Nullable Long parentId,
                        String body) {
        Actor actor = context.currentActor().get();
        long roadmapId = doc.roadmap().id();
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        context.jdbc().sql("""
                INSERT INTO review_comment (roadmap_id, item_id, item_title, parent_id, author, author_role, body,
                    created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .param(roadmapId).param(itemId).param(itemTitle).param(parentId)
                .params(actor.recordedName(), actor.role() == null ? "SYSTEM" : actor.role().name(), body,
                        Timestamp.from(context.clock().instant()))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKeyAs(Number.class), "the database returns the new comment's id").longValue();
        long thread = parentId != null ? parentId : id;
        context.events().publishEvent(new CommentPosted(roadmapId, doc.roadmap().municipalityCode().value(), thread, id, itemId,
                itemTitle, actor.recordedName(), actor.role() != null && actor.role().isPrefectureRole()));
    }

    private List<ReviewComment> all(long roadmapId) {
        return context.jdbc().sql("""
                SELECT id, roadmap_id, item_id, item_title, parent_id, author, author_role, body, created_at, resolved,
                       resolved_by, resolved_at FROM review_comment WHERE roadmap_id = ? ORDER BY created_at, id""")
                .param(roadmapId)
                .query((rs, n) -> new ReviewComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getString(11),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()))
                .list();
    }
}
