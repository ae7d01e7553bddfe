package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careroadmap.insight.JapaneseText.Range;
import org.junit.jupiter.api.Test;

class QueryMatcherTest {

    private static final String G_ITEM = "地域ケア会議・地域ケア推進会議の機能達成";

    @Test
    void findsTheWordWrittenInAnyWidthOrKana() {
        for (String query : List.of("ｹｱ会議", "ケア会議", "けあ会議", "ケア 会議", "ケア\u3000会議", "地域ｹｱ")) {
            QueryMatcher matcher = QueryMatcher.of(query);
            assertThat(matcher.find(G_ITEM).any()).as(query).isTrue();
        }
    }

    @Test
    void reportsMatchesAsRangesOfTheOriginalText() {
        QueryMatcher.Hits hits = QueryMatcher.of("ｹｱ会議").find(G_ITEM);
        assertThat(hits.ranges()).extracting(r -> G_ITEM.substring(r.start(), r.end()))
                .containsExactly("ケア会議");
    }

    @Test
    void aMatchAcrossALineBreakCoversTheBreakInTheOriginal() {
        String text = "自立支援型地域ケア\n会議を月に１回";
        QueryMatcher.Hits hits = QueryMatcher.of("ケア会議 1回").find(text);
        assertThat(hits.ranges()).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("ケア\n会議", "１回");
    }

    @Test
    void spacesOfEitherWidthSeparateWordsThatMustAllBeFound() {
        QueryMatcher matcher = QueryMatcher.of("退院\u3000ルール  ");
        assertThat(matcher.terms()).containsExactly("退院", "るーる");
        QueryMatcher.Hits title = matcher.find("退院支援");
        QueryMatcher.Hits arrow = matcher.find("入退院支援ルールの作成・周知");
        QueryMatcher.Hits other = matcher.find("地域ケア会議");
        assertThat(matcher.allFound(List.of(title))).isFalse();
        assertThat(matcher.allFound(List.of(title, other))).isFalse();
        assertThat(matcher.allFound(List.of(title, arrow))).isTrue();
        assertThat(matcher.allFound(List.of(arrow))).isTrue();
    }

    @Test
    void overlappingAndTouchingMatchesAreMarkedOnce() {
        String text = "地域ケア会議";
        QueryMatcher.Hits hits = QueryMatcher.of("ケア ア会議 地域").find(text);
        assertThat(hits.ranges()).containsExactly(new Range(0, 6));
    }

    @Test
    void everyOccurrenceIsFound() {
        QueryMatcher.Hits hits = QueryMatcher.of("ケア").find(G_ITEM);
        assertThat(hits.ranges()).containsExactly(new Range(2, 4), new Range(9, 11));
    }

    @Test
    void upperAndLowerCaseLatinLettersAreTheSame() {
        assertThat(QueryMatcher.of("ict").find("ＩＣＴを活用した在宅医療").ranges()).containsExactly(new Range(0, 3));
    }

    @Test
    void aQueryOfOnlySpacesHasNoWordsAndFindsNothing() {
        QueryMatcher matcher = QueryMatcher.of(" \u3000 ");
        assertThat(matcher.isEmpty()).isTrue();
        assertThat(matcher.allFound(List.of(matcher.find(G_ITEM)))).isFalse();
        assertThat(QueryMatcher.of(null).isEmpty()).isTrue();
    }

    @Test
    void repeatedWordsCountOnce() {
        assertThat(QueryMatcher.of("ケア けあ ｹｱ").terms()).containsExactly("けあ");
    }
}
