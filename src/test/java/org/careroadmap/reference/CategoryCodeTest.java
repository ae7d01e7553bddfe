package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"A, A", "a, A", "ａ, A", "Ａ, A", "A 医療, A", "Ａ　医療, A", "' h ', H", "G 市町と関係者・団体のネットワーク（連携）, G",
            "B., B"})
    void readsALetterOrAHeading(String text, CategoryCode expected) {
        assertThat(CategoryCode.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "Z", "AB", "Apple", "医療", "1"})
    void rejectsAnythingButTheEightLetters(String text) {
        assertThatThrownBy(() -> CategoryCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("category.unknown");
                    assertThat(e.arguments()).containsExactly(text);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　"})
    void rejectsBlank(String text) {
        assertThatThrownBy(() -> CategoryCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("category.unknown"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> CategoryCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("category.unknown");
                    assertThat(e.arguments()).containsExactly("null");
                });
    }

    @Test
    void readsAHeadingWrittenWithoutASpace() {
        assertThat(CategoryCode.parse("A医療")).isEqualTo(CategoryCode.A);
    }

    @Test
    void headsTheRowGroupWithLetterAndJapaneseName() {
        assertThat(CategoryCode.A.heading()).isEqualTo("A 医療");
        assertThat(CategoryCode.G.heading()).isEqualTo("G 市町と関係者・団体のネットワーク（連携）");
        assertThat(CategoryCode.values()).hasSize(8);
    }

    @Test
    void everyHeadingReadsBackAsItsCategory() {
        for (CategoryCode code : CategoryCode.values()) {
            assertThat(CategoryCode.parse(code.heading())).isEqualTo(code);
        }
    }
}
