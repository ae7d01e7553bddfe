package org.careroadmap.roadmap;

/**
 * How item texts are folded before they are stored for searching (the search module supplies it:
 * Japanese folding is its knowledge, not the roadmap's). The stored texts are only a pre-selection;
 * the search module checks every candidate again against the items themselves.
 */
@FunctionalInterface
public interface SearchTextFolding {

    String fold(String text);
}
