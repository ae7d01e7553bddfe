package org.careroadmap.insight;

import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapStatus;

/**
 * The answer to one search: the query as typed, why nothing was searched ({@link Outcome}), and the
 * items found, at most {@link SearchService#MAX_HITS}.
 */
public record SearchResults(String query, Outcome outcome, List<Hit> hits, boolean truncated) {

    public SearchResults {
        hits = List.copyOf(hits);
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
