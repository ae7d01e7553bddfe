package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.Test;

class RollUpTest {

    final RatingScale scale = RatingScale.parse(RatingScaleTest.DEFAULT);

    @Test
    void countsEachRatingPerCategoryAndTheShareRatedAchieved() {
        RollUp rollUp = new RollUp(scale)
                .add(new RollUp.ItemResult(CategoryCode.A, "◎", 1, 1))
                .add(new RollUp.ItemResult(CategoryCode.A, "△", 0, 1))
                .add(new RollUp.ItemResult(CategoryCode.A, null, 0, 0))
                .add(new RollUp.ItemResult(CategoryCode.G, "○", 2, 2));

        RollUp.Tally a = rollUp.category(CategoryCode.A);
        assertThat(a.count("◎")).isEqualTo(1);
        assertThat(a.count("△")).isEqualTo(1);
        assertThat(a.unrated()).isEqualTo(1);
        assertThat(a.achievedPercent()).isEqualTo(50);
        assertThat(a.indicatorsOnTarget()).isEqualTo(1);
        assertThat(a.indicatorsMeasured()).isEqualTo(2);

        RollUp.Tally total = rollUp.total();
        assertThat(total.items()).isEqualTo(4);
        assertThat(total.achieved()).isEqualTo(2);
        assertThat(total.achievedPercent()).isEqualTo(67);
        assertThat(total.indicatorsOnTarget()).isEqualTo(3);
        assertThat(rollUp.category(CategoryCode.B).achievedPercent()).isEqualTo(-1);
    }

    @Test
    void aRatingNoLongerOnTheScaleCountsAsUnrated() {
        RollUp rollUp = new RollUp(scale).add(new RollUp.ItemResult(CategoryCode.C, "☆", 0, 0));
        assertThat(rollUp.total().unrated()).isEqualTo(1);
        assertThat(rollUp.total().achievedPercent()).isEqualTo(-1);
    }

    @Test
    void mergesMunicipalitiesIntoThePrefecture() {
        RollUp iki = new RollUp(scale).add(new RollUp.ItemResult(CategoryCode.A, "◎", 1, 1));
        RollUp nagasaki = new RollUp(scale).add(new RollUp.ItemResult(CategoryCode.A, "×", 0, 1)).addIndicators(1, 2);
        RollUp prefecture = new RollUp(scale).merge(iki).merge(nagasaki);
        assertThat(prefecture.category(CategoryCode.A).count("◎")).isEqualTo(1);
        assertThat(prefecture.category(CategoryCode.A).count("×")).isEqualTo(1);
        assertThat(prefecture.total().indicatorsOnTarget()).isEqualTo(2);
        assertThat(prefecture.total().indicatorsMeasured()).isEqualTo(4);
        assertThat(prefecture.total().achievedPercent()).isEqualTo(50);
    }
}
