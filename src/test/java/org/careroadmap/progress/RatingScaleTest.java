package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

class RatingScaleTest {

    static final String DEFAULT = """
            ◎ 達成できた 達成
            ○ 概ね達成できた 達成
            △ 達成はやや不十分 不十分
            × 全く不十分 不十分
            － 未着手
            """;

    @Test
    void readsTheDefaultScaleWithItsAchievedAndShortfallMarks() {
        RatingScale scale = RatingScale.parse(DEFAULT);
        assertThat(scale.symbols()).isEqualTo("◎ ○ △ × －");
        assertThat(scale.achieved("◎")).isTrue();
        assertThat(scale.achieved("○")).isTrue();
        assertThat(scale.achieved("△")).isFalse();
        assertThat(scale.shortfall("×")).isTrue();
        assertThat(scale.shortfall("－")).isFalse();
        assertThat(scale.require("○").label()).isEqualTo("概ね達成できた");
    }

    @Test
    void writesItsTextSoThatReadingItBackGivesTheSameScale() {
        RatingScale scale = RatingScale.parse(DEFAULT);
        assertThat(RatingScale.parse(scale.text())).isEqualTo(scale);
    }

    @Test
    void acceptsAnotherPrefecturesWording() {
        RatingScale scale = RatingScale.parse("A 達成 achieved\nB 概ね達成 achieved\nC 未達成 shortfall\nD 継続中\n");
        assertThat(scale.symbols()).isEqualTo("A B C D");
        assertThat(scale.achieved("B")).isTrue();
        assertThat(scale.shortfall("C")).isTrue();
    }

    @Test
    void refusesARatingThatIsNotOnTheScaleNamingTheScale() {
        RatingScale scale = RatingScale.parse(DEFAULT);
        assertThatThrownBy(() -> scale.require("☆"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    InvalidValueException ive = (InvalidValueException) e;
                    assertThat(ive.messageKey()).isEqualTo("progress.rating.notOnScale");
                    assertThat(ive.arguments()).containsExactly("☆", "◎ ○ △ × －");
                });
    }

    @Test
    void refusesDuplicateSymbolsEmptyScalesAndLinesWithoutLabel() {
        assertThatThrownBy(() -> RatingScale.parse("◎ 達成\n◎ もう一度\n")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RatingScale.parse("\n\n")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RatingScale.parse("◎\n")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey()).isEqualTo("progress.scale.line"));
    }
}
