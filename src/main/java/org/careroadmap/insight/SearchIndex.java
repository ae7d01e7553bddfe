package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads.ItemRef;
import org.careroadmap.roadmap.RoadmapViewSaved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The folded texts of every item, per roadmap and view ({@code roadmap_item_text}, migration V5), and
 * the query over them. Written by a synchronous listener inside the transaction that changed the
 * roadmap, as the change history is, so the texts never describe a version that did not commit.
 * Deleting a roadmap (or rewriting its kept summary) deletes its texts through the table's cascade.
 */
@Component
class SearchIndex {

    private static final String LIVE = "LIVE";
    private static final String PUBLISHED = "PUBLISHED";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SearchTextFolding folding;

    SearchIndex(JdbcClient jdbc, JdbcTemplate template, SearchTextFolding folding) {
        this.jdbc = jdbc;
        this.template = template;
        this.folding = folding;
    }

    @EventListener
    void rewrite(RoadmapViewSaved saved) {
        String view = saved.published() ? PUBLISHED : LIVE;
        jdbc.sql("DELETE FROM roadmap_item_text WHERE roadmap_id = ? AND view_kind = ?")
                .params(saved.roadmapId(), view).update();
        List<Object[]> texts = new ArrayList<>();
        int position = 0;
        for (RoadmapItem item : saved.items()) {
            texts.add(new Object[] {saved.roadmapId(), view, position++, item.id(), saved.municipalityCode(),
                    searchText(item)});
        }
        if (!texts.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO roadmap_item_text (roadmap_id, view_kind, position, item_id, municipality_code, folded_text)
                    VALUES (?, ?, ?, ?, ?, ?)""", texts);
        }
    }

    /**
     * Fields joined with a separator that no folded query word contains, so a word is only found
     * inside one field, as the search itself matches.
     */
    private String searchText(RoadmapItem item) {
        StringBuilder text = new StringBuilder();
        text.append(folding.fold(item.title())).append('\n').append(folding.fold(item.targetVision())).append('\n')
                .append(folding.fold(item.measures()));
        for (Arrow arrow : item.arrows()) {
            text.append('\n').append(folding.fold(arrow.label()));
        }
        return text.toString();
    }

    /**
     * Items (of the roadmaps {@code onlyIn}, unless null) whose folded texts contain every term, in the
     * view the reader would see (live where {@code own} — the roadmap module's pattern for the reader's
     * own municipality or prefecture — or publication allows, else the published one), in list order,
     * at most {@code limit} after the first {@code offset}. Only a pre-selection: the roadmap module
     * checks each roadmap's visibility again when it loads it.
     */
    List<ItemRef> find(List<String> foldedTerms, String own, ListScope scope, @Nullable Collection<Long> onlyIn,
                       int offset, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = scope.parameters();
        if (onlyIn != null) {
            where.append(" AND t.roadmap_id IN (:onlyIn)");
            parameters.put("onlyIn", List.copyOf(onlyIn));
        }
        for (int i = 0; i < foldedTerms.size(); i++) {
            where.append(" AND t.folded_text LIKE :term").append(i).append(" ESCAPE '\\'");
            parameters.put("term" + i, "%" + foldedTerms.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        parameters.put("own", own);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return jdbc.sql("""
                SELECT t.roadmap_id, t.view_kind, t.item_id FROM roadmap_item_text t JOIN roadmap r ON r.id = t.roadmap_id
                WHERE """ + " " + scope.condition("t.municipality_code") + where + """
                  AND ((t.view_kind = 'LIVE' AND (r.status = 'PUBLISHED' OR r.municipality_code LIKE :own))
                    OR (t.view_kind = 'PUBLISHED' AND r.status <> 'PUBLISHED' AND r.municipality_code NOT LIKE :own))
                ORDER BY t.municipality_code, t.roadmap_id, t.view_kind, t.position
                LIMIT :limit OFFSET :offset""")
                .params(parameters)
                .query((rs, n) -> new ItemRef(rs.getLong(1), PUBLISHED.equals(rs.getString(2)), rs.getString(3)))
                .list();
    }
}
