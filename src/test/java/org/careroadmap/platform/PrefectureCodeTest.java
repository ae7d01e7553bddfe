package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "13", "42", "47"})
    void acceptsTheFortySevenPrefectures(String code) {
        assertThat(PrefectureCode.isValid(code)).isTrue();
        assertThat(new PrefectureCode(code).value()).isEqualTo(code);
        assertThat(PrefectureCode.parse(code)).contains(new PrefectureCode(code));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "00", "48", "99", "1", "001", "4a", " 42", "42 ", "４２", "422100"})
    void refusesAnythingElseWithAMessageKey(String code) {
        assertThat(PrefectureCode.isValid(code)).isFalse();
        assertThat(PrefectureCode.parse(code)).isEmpty();
        assertThatThrownBy(() -> new PrefectureCode(code)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("prefecture.code"));
    }

    @Test
    void upperBoundIsTheNextCodeSoARangeCoversExactlyThePrefecture() {
        assertThat(new PrefectureCode("42").upperBound()).isEqualTo("43");
        assertThat(new PrefectureCode("09").upperBound()).isEqualTo("10");
        assertThat(new PrefectureCode("47").upperBound()).isEqualTo("48");
        assertThat("429999".compareTo(new PrefectureCode("42").upperBound())).isNegative();
    }

    @Test
    void containsItsOwnMunicipalitiesOnly() {
        PrefectureCode nagasaki = new PrefectureCode("42");
        assertThat(nagasaki.contains("422100")).isTrue();
        assertThat(nagasaki.contains("432016")).isFalse();
        assertThat(nagasaki.contains(null)).isFalse();
    }
}
