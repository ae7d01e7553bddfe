package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.careroadmap.insight.JapaneseText.Folded;
import org.careroadmap.insight.JapaneseText.Range;

/**
 * A search query as words that must all be found (AND). Japanese has no spaces between words, so
 * each word is matched as a substring of the {@linkplain JapaneseText folded} text; spaces (half- or
 * full-width) in the query separate the words. Matches are reported as ranges of the original
 * text, ready for highlighting.
 */
final class QueryMatcher {

    private final List<String> terms;

    private QueryMatcher(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    static QueryMatcher of(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : splitOnSpaces(query == null ? "" : query)) {
            String folded = JapaneseText.normalise(word);
            if (!folded.isEmpty()) {
                terms.add(folded);
            }
        }
        return new QueryMatcher(new ArrayList<>(terms));
    }

    private static List<String> splitOnSpaces(String query) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        query.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.appendCodePoint(cp);
            }
        });
        words.add(word.toString());
        return words;
    }

    /** The folded words, each to be found. */
    List<String> terms() {
        return terms;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Where the words occur in {@code original}: which words were found, and the merged ranges to highlight. */
    Hits find(String original) {
        Folded folded = JapaneseText.fold(original);
        String text = folded.text();
        BitSet found = new BitSet(terms.size());
        List<Range> ranges = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            int at = text.indexOf(term);
            while (at >= 0) {
                found.set(t);
                ranges.add(folded.toOriginal(at, at + term.length()));
                at = text.indexOf(term, at + 1);
            }
        }
        return new Hits(found, merge(ranges));
    }

    /** Whether every word is among those found in at least one of {@code hits}. */
    boolean allFound(List<Hits> hits) {
        BitSet union = new BitSet(terms.size());
        hits.forEach(h -> union.or(h.found()));
        return !terms.isEmpty() && union.cardinality() == terms.size();
    }

    private static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).overlapsOrTouches(r)) {
                Range last = merged.remove(merged.size() - 1);
                merged.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** The words found in one text (by index into {@link #terms()}) and the ranges of the original to mark. */
    record Hits(BitSet found, List<Range> ranges) {

        Hits {
            found = (BitSet) found.clone();
            ranges = List.copyOf(ranges);
        }

        boolean any() {
            return !ranges.isEmpty();
        }

        @Override
        public BitSet found() {
            return (BitSet) found.clone();
        }
    }
}
