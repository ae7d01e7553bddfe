package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careroadmap.reference.MunicipalityCode;
import org.junit.jupiter.api.Test;

class ListScopeTest {

    @Test
    void aPrefectureIsTheRangeOfItsCodes() {
        assertThat(ListScope.prefecture("42")).isEqualTo(new ListScope("42", "43"));
        assertThat(ListScope.prefecture("09")).isEqualTo(new ListScope("09", "10"));
        assertThat(ListScope.prefecture("47").to()).isEqualTo("48");
        assertThat(ListScope.prefecture("42").condition("c")).isEqualTo("c >= :scopeFrom AND c < :scopeTo");
    }

    @Test
    void aMunicipalityIsItsCodeAlone() {
        ListScope iki = ListScope.municipality(MunicipalityCode.parse("422100"));
        assertThat(iki.from()).isEqualTo("422100");
        assertThat("422100".compareTo(iki.to())).isNegative();
        assertThat("422101".compareTo(iki.to())).isPositive();
        assertThat(iki.prefectureCode()).contains("42");
    }

    @Test
    void everywhereHasNoCondition() {
        assertThat(ListScope.everywhere().condition("c")).isEqualTo("1 = 1");
        assertThat(ListScope.everywhere().prefectureCode()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPrefectureOrRange() {
        assertThatThrownBy(() -> ListScope.prefecture("4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListScope.prefecture("4%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListScope("43", "42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListScope("42", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListScope("' OR 1=1", "9")).isInstanceOf(IllegalArgumentException.class);
    }
}
