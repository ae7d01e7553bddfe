package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careroadmap.insight.Snippet.Part;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void aShortTextIsShownWholeWithItsMatchesMarked() {
        String text = "地域ケア会議・地域ケア推進会議";
        Snippet snippet = Snippet.of(text, QueryMatcher.of("ｹｱ").find(text).ranges(), 80);
        assertThat(snippet.parts()).containsExactly(
                new Part("地域", false), new Part("ケア", true), new Part("会議・地域", false),
                new Part("ケア", true), new Part("推進会議", false));
        assertThat(snippet.plainText()).isEqualTo(text);
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchWithEllipses() {
        String text = "あ".repeat(100) + "ケア会議" + "い".repeat(100);
        Snippet snippet = Snippet.of(text, QueryMatcher.of("ケア会議").find(text).ranges(), 40);
        List<Part> parts = snippet.parts();
        assertThat(parts.get(0)).isEqualTo(new Part("…", false));
        assertThat(parts.get(1)).isEqualTo(new Part("あ".repeat(Snippet.LEAD), false));
        assertThat(parts.get(2)).isEqualTo(new Part("ケア会議", true));
        assertThat(parts.get(3).text()).isEqualTo("い".repeat(40 - Snippet.LEAD - 4));
        assertThat(parts.get(4)).isEqualTo(new Part("…", false));
    }

    @Test
    void aMatchNearTheEndKeepsTheExcerptFullLength() {
        String text = "あ".repeat(100) + "ケア";
        Snippet snippet = Snippet.of(text, QueryMatcher.of("ケア").find(text).ranges(), 30);
        assertThat(snippet.parts()).containsExactly(new Part("…", false), new Part("あ".repeat(28), false),
                new Part("ケア", true));
    }

    @Test
    void marksOutsideTheExcerptAreLeftOut() {
        String text = "ケア" + "あ".repeat(100) + "ケア";
        Snippet snippet = Snippet.of(text, QueryMatcher.of("ケア").find(text).ranges(), 30);
        assertThat(snippet.parts()).filteredOn(Part::mark).hasSize(1);
        assertThat(snippet.parts().get(snippet.parts().size() - 1)).isEqualTo(new Part("…", false));
    }

    @Test
    void lineBreaksAndRunsOfSpaceReadAsOneSpace() {
        String text = "・自立支援型地域ケア会議により\n・多職種協働　　による";
        Snippet snippet = Snippet.of(text, QueryMatcher.of("多職種").find(text).ranges(), 80);
        assertThat(snippet.plainText()).isEqualTo("・自立支援型地域ケア会議により ・多職種協働 による");
        assertThat(snippet.parts()).contains(new Part("多職種", true));
    }

    @Test
    void markupInTheTextStaysPlainTextInTheParts() {
        String text = "<script>alert(1)</script>ケア";
        Snippet snippet = Snippet.of(text, QueryMatcher.of("script").find(text).ranges(), 80);
        assertThat(snippet.parts()).containsExactly(new Part("<", false), new Part("script", true),
                new Part(">alert(1)</", false), new Part("script", true), new Part(">ケア", false));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // The window would start and end between the two halves of a 𠮷; it is widened instead.
        String text = "あ" + "𠮷".repeat(30) + "ケア" + "𠮷".repeat(30);
        Snippet snippet = Snippet.of(text, QueryMatcher.of("ケア").find(text).ranges(), 25);
        String shown = snippet.plainText().replace("…", "");
        assertThat(shown.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).isZero();
        assertThat(shown).startsWith("𠮷").endsWith("𠮷").contains("ケア");
    }
}
