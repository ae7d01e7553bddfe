package org.careroadmap.insight;

import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapStatus;

/**
 * The answer to one search: the query as typed, why nothing was searched ({@link Outcome}), and one
 * page of the items found ({@link SearchService#PAGE_SIZE} a page, pages 1 to
 * {@link SearchService#MAX_PAGES}): whether a next page exists, or whether there were more than the
 * last page can show ({@code truncated}).
 */
public record SearchResults(String query, Outcome outcome, List<Hit> hits, int page, boolean hasNext, boolean truncated) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults notSearched(String query, Outcome outcome) {
        return new SearchResults(query, outcome, List.of(), 1, false, false);
    }

    /** Position of the first hit of this page among all, from 1. */
    public int first() {
        return (page - 1) * SearchService.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + hits.size() - 1;
    }

    /** Whether the query was searched, or why not. */
    public enum Outcome {
        /** No query yet, or only spaces: the page just offers the search box. */
        EMPTY,
        /** Longer than {@link SearchService#MAX_QUERY_LENGTH} characters. */
        TOO_LONG,
        SEARCHED
    }

    public boolean searched() {
        return outcome == Outcome.SEARCHED;
    }

    /** One item that contains every word, with the places it was found. */
    public record Hit(long roadmapId, Municipality municipality, RoadmapTemplate template, RoadmapStatus status,
                      CategoryCode category, String itemId, String itemTitle, List<FieldHit> fields) {

        public Hit {
            fields = List.copyOf(fields);
        }
    }

    /** A field of the item in which a word was found, with the excerpt to show. */
    public record FieldHit(Field field, Snippet snippet) {
    }

    /** The searched fields of an item (message keys {@code insight.field.*}). */
    public enum Field {
        /** 項目 */
        TITLE,
        /** 目指す姿 */
        TARGET_VISION,
        /** 推進方策 */
        MEASURES,
        /** 工程（矢印）の文言 */
        ARROW
    }
}
