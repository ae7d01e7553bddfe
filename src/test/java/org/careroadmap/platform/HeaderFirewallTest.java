package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The firewall's header checks written as a loop accept exactly what Spring Security's regular expressions accept
 * (copied here from StrictHttpFirewall 7.0), for every code point, unpaired surrogates included, and for mixed text.
 */
class HeaderFirewallTest {

    static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern SPRING_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
        List<String> differences = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            if (HeaderFirewall.allowedName(text) != SPRING_NAMES.matcher(text).matches()
                    || HeaderFirewall.allowedValue(text) != SPRING_VALUES.matcher(text).matches()) {
                differences.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedButATabInAValueAndUnicodeTextAreNot() {
        assertThat(HeaderFirewall.allowedValue("Bearer crt_LCfhYmVJwwbssa2I2Kf5lDyWFdUgomUJ_mAawXEV1AY")).isTrue();
        assertThat(HeaderFirewall.allowedValue("a\tb")).isTrue();
        assertThat(HeaderFirewall.allowedName("a\tb")).isFalse();
        assertThat(HeaderFirewall.allowedValue("壱岐市 😀")).isTrue();
        assertThat(HeaderFirewall.allowedValue("a\u0000b")).isFalse();
        assertThat(HeaderFirewall.allowedValue("a\u0085b")).isFalse();
        assertThat(HeaderFirewall.allowedValue("a\u0378b")).isFalse(); // unassigned
        assertThat(HeaderFirewall.allowedValue("\uD800x")).isTrue(); // an unpaired surrogate, as the pattern does
        assertThat(HeaderFirewall.allowedValue("")).isTrue();
    }
}
