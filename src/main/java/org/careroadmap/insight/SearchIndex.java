package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads.ItemRef;
import org.careroadmap.roadmap.RoadmapViewSaved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
    /** Roadmaps named in one query at most (a bound on its parameters). */
    private static final int MAX_WINDOW = 500;

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
     * The first {@code wanted} items whose folded texts contain every term, in list order, among the
     * {@code candidates} (in list order; the prefilter's), in the view the reader would see (live where
     * {@code own} — the roadmap module's pattern for the reader's own municipality or prefecture — or
     * publication allows, else the published one). Only a pre-selection: the roadmap module checks each
     * roadmap's visibility again when it loads it.
     *
     * <p>The texts are read a window of roadmaps at a time, each window holding about twice as many
     * texts as are still wanted and four times the last: a word in every item is one query over a few
     * roadmaps, a rare one a few queries. Each query sorts at most its window's texts — not every match
     * of the scope, as one query over a prefecture did when PostgreSQL planned it once for any bounds.
     */
    List<ItemRef> find(List<String> foldedTerms, String own, Stream<SearchPrefilter.Candidate> candidates, int wanted) {
        Iterator<SearchPrefilter.Candidate> next = candidates.iterator();
        List<ItemRef> found = new ArrayList<>();
        long budget = 2L * wanted;
        while (found.size() < wanted && next.hasNext()) {
            List<Long> window = new ArrayList<>();
            long texts = 0;
            while (next.hasNext() && texts < budget && window.size() < MAX_WINDOW) {
                SearchPrefilter.Candidate candidate = next.next();
                window.add(candidate.roadmapId());
                texts += candidate.texts();
            }
            found.addAll(inWindow(foldedTerms, own, window, wanted - found.size()));
            budget *= 4;
        }
        return found;
    }

    private List<ItemRef> inWindow(List<String> foldedTerms, String own, List<Long> window, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < foldedTerms.size(); i++) {
            where.append(" AND t.folded_text LIKE :term").append(i).append(" ESCAPE '\\'");
            parameters.put("term" + i, "%" + foldedTerms.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        parameters.put("window", window);
        parameters.put("own", own);
        parameters.put("limit", limit);
        return jdbc.sql("""
                SELECT t.roadmap_id, t.view_kind, t.item_id FROM roadmap_item_text t JOIN roadmap r ON r.id = t.roadmap_id
                WHERE t.roadmap_id IN (:window)""" + where + """
                  AND ((t.view_kind = 'LIVE' AND (r.status = 'PUBLISHED' OR r.municipality_code LIKE :own))
                    OR (t.view_kind = 'PUBLISHED' AND r.status <> 'PUBLISHED' AND r.municipality_code NOT LIKE :own))
                ORDER BY t.municipality_code, t.roadmap_id, t.view_kind, t.position
                LIMIT :limit""")
                .params(parameters)
                .query((rs, n) -> new ItemRef(rs.getLong(1), PUBLISHED.equals(rs.getString(2)), rs.getString(3)))
                .list();
    }
}
