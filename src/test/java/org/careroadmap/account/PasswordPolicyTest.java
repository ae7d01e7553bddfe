package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B: long passwords of any characters, no composition rules, a blocklist of the guessable. */
class PasswordPolicyTest {

    static final List<String> IKI = PasswordPolicy.placeWords("壱岐市", "Iki City", "長崎県", "Nagasaki");

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "aaaaaaaaaaaa|account.password.repetitive",
            "abababababab|account.password.repetitive",
            "123456789012|account.password.repetitive",
            "abcdefghijklm|account.password.repetitive",
            "Password1234|account.password.common",
            "qwertyuiop12|account.password.common",
            "careroadmap-2026!|account.password.context",
            "my roadmap secret|account.password.context",
            "nagasaki-editor-2026|account.password.context",
            "壱岐の介護を守る会議2026|account.password.context",
            "ＮＡＧＡＳＡＫＩ　ｓｕｍｍｅｒ|account.password.context",
            "tester-kyushu-2026|account.password.context",
            "short-one|account.password.tooShort"})
    void refusesTheGuessable(String password, String reason) {
        assertThat(PasswordPolicy.problem(password, "tester-kyushu", IKI)).contains(reason);
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"correct-horse-battery", "a-much-longer-secret", "しずかな朝に海をみにいく", "spaces are fine here",
            "X7#kq!Lp2$Vw"})
    void acceptsLongPasswordsWithoutCompositionRules(String password) {
        assertThat(PasswordPolicy.problem(password, "tester-kyushu", IKI)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesTwelveSpaces() {
        assertThat(PasswordPolicy.problem(" ".repeat(12), "tester-kyushu", IKI)).contains("account.password.repetitive");
    }

    @org.junit.jupiter.api.Test
    void refusesMoreThan128Characters() {
        assertThat(PasswordPolicy.problem("correct horse battery staple ".repeat(5), "u", List.of()))
                .contains("account.password.tooLong");
    }
}
