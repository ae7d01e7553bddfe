package org.careroadmap.insight;

/**
 * How texts are folded before they are kept for searching and before a query is matched against them
 * (width, kana and case folded the way {@link JapaneseText} does), so that every module that keeps
 * searchable texts (the item texts here, the resource map's entries) finds the same words the same way.
 */
@FunctionalInterface
public interface SearchTextFolding {

    String fold(String text);
}
