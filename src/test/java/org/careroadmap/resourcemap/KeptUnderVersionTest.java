package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * What the map keeps (the filter's service choices, kinds, a search's count) is found once per key and data
 * version, and again as soon as the version moves.
 */
class KeptUnderVersionTest {

    private static final int PLACES = 8;

    private final KeptUnderVersion<String, List<String>> choices = new KeptUnderVersion<>(PLACES);
    private final AtomicInteger finds = new AtomicInteger();

    private List<String> find(String service) {
        finds.incrementAndGet();
        return List.of(service);
    }

    @Test
    void theSameVersionIsAnsweredFromMemoryAndANewOneIsFoundAgain() {
        assertThat(choices.of("422100", "3/t1", () -> find("内科"))).containsExactly("内科");
        assertThat(choices.of("422100", "3/t1", () -> find("外科"))).containsExactly("内科");
        assertThat(finds).hasValue(1);

        assertThat(choices.of("422100", "4/t2", () -> find("外科"))).containsExactly("外科");
        assertThat(choices.of("42", "3/t1", () -> find("眼科"))).as("another place, same version text").containsExactly("眼科");
        assertThat(finds).hasValue(3);
    }

    @Test
    void keepsABoundedNumberOfKeysDroppingTheLeastRecentlyUsed() {
        for (int n = 0; n <= PLACES; n++) {
            choices.of(String.format("%06d", n), "v", () -> find("内科"));
        }
        choices.of(String.format("%06d", PLACES), "v", () -> find("内科"));
        assertThat(finds).hasValue(PLACES + 1);
        choices.of("000000", "v", () -> find("内科"));
        assertThat(finds).as("the first place was dropped").hasValue(PLACES + 2);
    }
}
