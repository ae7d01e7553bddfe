package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    /** The 21 市町 of Nagasaki Prefecture, 長崎市 … 新上五島町. */
    @ParameterizedTest
    @ValueSource(strings = {"422011", "422029", "422037", "422045", "422053", "422070", "422088", "422096",
            "422100", "422118", "422126", "422134", "422142", "423076", "423084", "423211", "423220", "423238",
            "423831", "423912", "424111"})
    void acceptsEveryNagasakiMunicipality(String code) {
        MunicipalityCode parsed = new MunicipalityCode(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.prefectureCode()).isEqualTo("42");
        assertThat(parsed).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"422101", "422012", "422010", "424110"})
    void rejectsAWrongCheckDigit(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("municipalityCode.checkDigit");
                    assertThat(e.arguments()).containsExactly(code);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"42210", "4221000", "42210A", "42-210", "", " 422100", "４２２１００"})
    void rejectsAnythingButSixAsciiDigits(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("municipalityCode.format"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new MunicipalityCode(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("municipalityCode.format"));
        assertThatThrownBy(() -> MunicipalityCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("municipalityCode.format"));
    }

    @Test
    void parsesFullWidthDigitsAndSurroundingSpaces() {
        assertThat(MunicipalityCode.parse("４２２１００")).isEqualTo(new MunicipalityCode("422100"));
        assertThat(MunicipalityCode.parse(" 422011　")).isEqualTo(new MunicipalityCode("422011"));
    }

    @Test
    void parseStillChecksTheCheckDigit() {
        assertThatThrownBy(() -> MunicipalityCode.parse("４２２１０１"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("municipalityCode.checkDigit"));
    }

    @Test
    void computesTheCheckDigitWithWeightsSixToTwoModuloEleven() {
        assertThat(MunicipalityCode.checkDigit("42210")).isEqualTo(0);
        // 42201 (長崎市) has weighted sum 44, remainder 0: 11 - 0 = 11, last digit 1.
        assertThat(MunicipalityCode.checkDigit("42201")).isEqualTo(1);
        // 42207 (平戸市) has weighted sum 56, remainder 1: 11 - 1 = 10, last digit 0.
        assertThat(MunicipalityCode.checkDigit("42207")).isEqualTo(0);
        assertThat(MunicipalityCode.checkDigit("13101")).isEqualTo(6);
        assertThat(MunicipalityCode.checkDigit("01100")).isEqualTo(2);
    }

    @Test
    void givesThePrefecturePart() {
        assertThat(new MunicipalityCode("131016").prefectureCode()).isEqualTo("13");
        assertThat(new MunicipalityCode("011002").prefectureCode()).isEqualTo("01");
    }
}
