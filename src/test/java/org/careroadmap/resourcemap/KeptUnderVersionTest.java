package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The filter's service choices are found once per place and data version, and again as soon as the version moves. */
class ServiceChoicesTest {

    private final ServiceChoices choices = new ServiceChoices();
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
    void keepsABoundedNumberOfPlacesDroppingTheLeastRecentlyUsed() {
        for (int n = 0; n <= ServiceChoices.PLACES; n++) {
            choices.of(String.format("%06d", n), "v", () -> find("内科"));
        }
        choices.of(String.format("%06d", ServiceChoices.PLACES), "v", () -> find("内科"));
        assertThat(finds).hasValue(ServiceChoices.PLACES + 1);
        choices.of("000000", "v", () -> find("内科"));
        assertThat(finds).as("the first place was dropped").hasValue(ServiceChoices.PLACES + 2);
    }
}
