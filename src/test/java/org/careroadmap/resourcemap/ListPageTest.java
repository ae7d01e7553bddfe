package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.careroadmap.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The list's page number as the address carries it, the count that stops at 1,000, and one page's positions. */
class ListPageTest {

    @Test
    void aPageNumberIsOneToTenThousandAndNoneIsTheFirst() {
        assertThat(ListPage.parse(null)).isEqualTo(ListPage.FIRST);
        assertThat(ListPage.parse(" ")).isEqualTo(ListPage.FIRST);
        assertThat(ListPage.parse("3").offset()).isEqualTo(100);
        assertThat(ListPage.parse("10000").next()).as("no page after the last").isEqualTo(new ListPage(10_000));
        assertThat(ListPage.FIRST.previous()).isEqualTo(ListPage.FIRST);
        for (String bad : List.of("0", "-1", "abc", "10001", "1.5", "999999999999")) {
            assertThatThrownBy(() -> ListPage.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void aCountStopsAtTheCapAndSaysOrMore() {
        assertThat(ResultCount.counted(999)).isEqualTo(ResultCount.exactly(999));
        assertThat(ResultCount.counted(1_000)).isEqualTo(ResultCount.exactly(1_000));
        assertThat(ResultCount.counted(1_001)).isEqualTo(new ResultCount(1_000, true));
    }

    @Test
    void aPageKnowsItsFirstAndLastPositionInTheWholeList() {
        ListedPage empty = new ListedPage(List.of(), new ListPage(2), ResultCount.exactly(50), false);
        assertThat(empty.from()).isZero();
        assertThat(empty.hasPrevious()).isTrue();
        assertThat(new ListedPage(List.of(), ListPage.FIRST, ResultCount.exactly(0), false).hasPrevious()).isFalse();
    }
}
