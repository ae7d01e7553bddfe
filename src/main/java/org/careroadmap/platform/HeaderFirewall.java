package org.careroadmap.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall with its defaults, but its checks of header names and values written as a loop over
 * the code points instead of its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, a tab also
 * allowed in values): the same rule — {@code HeaderFirewallTest} compares the two on every code point — at a
 * fraction of the cost. The firewall checks a header each time it is read, and an {@code Authorization: Bearer}
 * value is read by two filters: the regular expression was the largest part left of a token call's extra cost
 * (issue 16).
 */
@Configuration(proxyBeanMethods = false)
class HeaderFirewall {

    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderFirewall::allowedName);
        firewall.setAllowedHeaderValues(HeaderFirewall::allowedValue);
        return firewall;
    }

    /** Every character assigned in Unicode, and none a control character. */
    static boolean allowedName(String name) {
        return allowed(name, false);
    }

    /** As a name, but a tab is allowed too. */
    static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, nearly every header: assigned and no control
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
