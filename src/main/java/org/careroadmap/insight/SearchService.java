package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.insight.SearchResults.Field;
import org.careroadmap.insight.SearchResults.FieldHit;
import org.careroadmap.insight.SearchResults.Hit;
import org.careroadmap.insight.SearchResults.Outcome;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Searches the items of every roadmap the current actor may read — the roadmap module decides
 * which those are; this module keeps the folded texts and pre-selects — for words in the item's title, 目指す姿, 推進方策 and arrow labels. An item is
 * found when every word occurs in it, each in any of those fields.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 100;
    /** Enough for a reviewer to scan; a longer list asks for a narrower query instead. */
    public static final int MAX_HITS = 200;
    /** Hits on one page: a screenful to scan, and a page that is built quickly. */
    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGES = MAX_HITS / PAGE_SIZE;
    /** Length of an excerpt of a long text, without its ellipses. */
    static final int SNIPPET_LENGTH = 80;

    private final RoadmapReads roadmaps;
    private final SearchIndex index;
    private final SearchPrefilter prefilter;

    SearchService(RoadmapReads roadmaps, SearchIndex index, SearchPrefilter prefilter) {
        this.roadmaps = roadmaps;
        this.index = index;
        this.prefilter = prefilter;
    }

    public SearchResults search(String query) {
        return search(query, 1, ListScope.everywhere());
    }

    /**
     * One page (from 1; outside 1 to {@link #MAX_PAGES} the caller must not ask) of the items found in
     * the roadmaps of the scope (a prefecture's municipalities, or everywhere).
     */
    public SearchResults search(String query, int page, ListScope scope) {
        if (page < 1 || page > MAX_PAGES) {
            throw new IllegalArgumentException("page " + page);
        }
        String q = query == null ? "" : query;
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            return SearchResults.notSearched(q, Outcome.TOO_LONG);
        }
        QueryMatcher matcher = QueryMatcher.of(q);
        if (matcher.isEmpty()) {
            return SearchResults.notSearched(q, Outcome.EMPTY);
        }
        // The kept folded texts pre-select items; each is checked again here against the item itself
        // (that check also finds the ranges to highlight).
        List<Hit> hits = new ArrayList<>();
        boolean more = false;
        for (RoadmapReads.FoundItem found : preselected(matcher.terms(), scope, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1)) {
            Hit hit = match(matcher, found.document(), found.item());
            if (hit != null) {
                if (hits.size() == PAGE_SIZE) {
                    more = true;
                    break;
                }
                hits.add(hit);
            }
        }
        return new SearchResults(q, Outcome.SEARCHED, hits, page, more && page < MAX_PAGES, more && page == MAX_PAGES);
    }

    /**
     * Items of the roadmaps the current actor may read (the version it may read) whose kept texts contain
     * every one of the folded terms: in list order, at most {@code limit} after skipping {@code offset}.
     * The prefilter names the roadmaps of the scope that may contain the terms, in list order; their kept
     * texts are read a few roadmaps at a time until enough are found; only the roadmaps of the items
     * found are loaded, by the roadmap module.
     */
    List<RoadmapReads.FoundItem> preselected(List<String> foldedTerms, ListScope scope, int offset, int limit) {
        List<RoadmapReads.ItemRef> refs = index.find(foldedTerms, roadmaps.ownPattern(),
                prefilter.candidates(foldedTerms, scope), offset + limit);
        return roadmaps.itemsFound(refs.subList(Math.min(offset, refs.size()), refs.size()));
    }

    private static @Nullable Hit match(QueryMatcher matcher, RoadmapDocument document, RoadmapItem item) {
        List<QueryMatcher.Hits> all = new ArrayList<>();
        List<FieldHit> fields = new ArrayList<>();
        look(matcher, Field.TITLE, item.title(), all, fields);
        look(matcher, Field.TARGET_VISION, item.targetVision(), all, fields);
        look(matcher, Field.MEASURES, item.measures(), all, fields);
        for (Arrow arrow : item.arrows()) {
            look(matcher, Field.ARROW, arrow.label(), all, fields);
        }
        if (!matcher.allFound(all)) {
            return null;
        }
        return new Hit(document.roadmap().id(), document.municipality(), document.template(),
                document.roadmap().status(), item.category(), item.id(), item.title(), fields);
    }

    private static void look(QueryMatcher matcher, Field field, String text, List<QueryMatcher.Hits> all,
                             List<FieldHit> fields) {
        if (text == null || text.isEmpty()) {
            return;
        }
        QueryMatcher.Hits hits = matcher.find(text);
        all.add(hits);
        if (hits.any()) {
            fields.add(new FieldHit(field, Snippet.of(text, hits.ranges(), SNIPPET_LENGTH)));
        }
    }
}
