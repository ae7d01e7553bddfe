package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The prefilter must never leave out a text that contains the term; it may let a few others through. */
class SearchPrefilterTest {

    private static BitSet marks(String text) {
        BitSet bits = new BitSet(SearchPrefilter.BITS);
        SearchPrefilter.mark(text, bits);
        return bits;
    }

    private static boolean mayContain(String text, String term) {
        BitSet missing = marks(term);
        missing.andNot(marks(text));
        return missing.isEmpty();
    }

    @Test
    void everyPartOfATextMayBeInIt() {
        Random random = new Random(20261126);
        String alphabet = "あいうえおかきくけこ在宅医療介護連携認知症看取り研修会ICTabc123𠮷";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(300);
            while (text.codePointCount(0, text.length()) < length) {
                int at = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, at)));
            }
            String t = text.toString();
            int codePoints = t.codePointCount(0, t.length());
            int from = random.nextInt(codePoints);
            int to = from + 1 + random.nextInt(codePoints - from);
            String part = t.substring(t.offsetByCodePoints(0, from), t.offsetByCodePoints(0, to));
            assertThat(mayContain(t, part)).as("'%s' in '%s'", part, t).isTrue();
        }
    }

    @Test
    void aWordWithPairsTheTextLacksIsLeftOut() {
        String text = "住み慣れた地域で最期まで在宅で暮らせるよう、医療と介護が連携している\n多職種研修会の開催";

        assertThat(mayContain(text, "在宅")).isTrue();
        assertThat(mayContain(text, "看取り")).isFalse();
        assertThat(mayContain(text, "介護医療")).isFalse();
    }
}
