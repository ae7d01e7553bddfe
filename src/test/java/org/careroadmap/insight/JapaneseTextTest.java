package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroadmap.insight.JapaneseText.Folded;
import org.careroadmap.insight.JapaneseText.Range;
import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void halfWidthFullWidthKatakanaAndHiraganaFoldToTheSameText() {
        assertThat(JapaneseText.normalise("ｹｱ会議")).isEqualTo("けあ会議");
        assertThat(JapaneseText.normalise("ケア会議")).isEqualTo("けあ会議");
        assertThat(JapaneseText.normalise("けあ会議")).isEqualTo("けあ会議");
        assertThat(JapaneseText.normalise("地域ケア会議")).contains(JapaneseText.normalise("ｹｱ会議"));
    }

    @Test
    void halfWidthVoicedSoundMarksComposeWithTheirKana() {
        assertThat(JapaneseText.normalise("ｶﾞｲﾄﾞﾌﾞｯｸ")).isEqualTo("がいどぶっく");
        assertThat(JapaneseText.normalise("ﾊﾟﾝﾌﾚｯﾄ")).isEqualTo("ぱんふれっと");
        // か + combining 濁点 (U+3099) is が
        assertThat(JapaneseText.normalise("か\u3099")).isEqualTo("が");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeLowerCaseAscii() {
        assertThat(JapaneseText.normalise("ＩＣＴを活用")).isEqualTo("ictを活用");
        assertThat(JapaneseText.normalise("年２回")).isEqualTo("年2回");
        assertThat(JapaneseText.normalise("ICT")).isEqualTo("ict");
    }

    @Test
    void whiteSpaceOfEveryWidthAndLineBreaksAreDropped() {
        assertThat(JapaneseText.normalise("地域 ケア\u3000会議\n・推進")).isEqualTo("地域けあ会議・推進");
        assertThat(JapaneseText.normalise("  ")).isEmpty();
        assertThat(JapaneseText.normalise(null)).isEmpty();
    }

    @Test
    void prolongedSoundMarkAndSmallKanaAreKept() {
        assertThat(JapaneseText.normalise("サービス")).isEqualTo("さーびす");
        assertThat(JapaneseText.normalise("ｻｰﾋﾞｽ")).isEqualTo("さーびす");
        assertThat(JapaneseText.normalise("ヶ月")).isEqualTo("ゖ月");
    }

    @Test
    void variationSelectorsAreIgnored() {
        assertThat(JapaneseText.normalise("葛\uDB40\uDD00城")).isEqualTo("葛城");
    }

    @Test
    void everyFoldedCharacterKnowsWhereItCameFromInTheOriginal() {
        String original = "地域 ｹｱ会議";
        Folded folded = JapaneseText.fold(original);
        assertThat(folded.text()).isEqualTo("地域けあ会議");
        int at = folded.text().indexOf("けあ会議");
        Range range = folded.toOriginal(at, at + 4);
        assertThat(original.substring(range.start(), range.end())).isEqualTo("ｹｱ会議");
    }

    @Test
    void aComposedCharacterMapsBackToAllItsOriginalCharacters() {
        String original = "ｶﾞｲﾄﾞ";
        Folded folded = JapaneseText.fold(original);
        assertThat(folded.text()).isEqualTo("がいど");
        Range ga = folded.toOriginal(0, 1);
        assertThat(original.substring(ga.start(), ga.end())).isEqualTo("ｶﾞ");
        Range gaido = folded.toOriginal(0, 3);
        assertThat(original.substring(gaido.start(), gaido.end())).isEqualTo(original);
    }

    @Test
    void anExpandedCharacterMapsBackToItself() {
        String original = "㍻30年度の計画";  // ㍻ folds to 平成
        Folded folded = JapaneseText.fold(original);
        assertThat(folded.text()).isEqualTo("平成30年度の計画");
        Range heisei = folded.toOriginal(0, 2);
        assertThat(original.substring(heisei.start(), heisei.end())).isEqualTo("㍻");
        Range half = folded.toOriginal(1, 4);
        assertThat(original.substring(half.start(), half.end())).isEqualTo("㍻30");
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        String original = "𠮷野家のケア";
        Folded folded = JapaneseText.fold(original);
        int at = folded.text().indexOf("𠮷");
        Range range = folded.toOriginal(at, at + 2);
        assertThat(original.substring(range.start(), range.end())).isEqualTo("𠮷");
    }
}
