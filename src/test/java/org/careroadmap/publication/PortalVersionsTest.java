package org.careroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token a kept public page is compared with: it changes with the prefecture's count, once per transaction
 * however many changes it holds, and at midnight in Japan (the pages say what day they are as of); another
 * prefecture's change leaves it alone, while the catalogue's changes with any.
 */
@SharedContextTest
class PortalVersionsTest {

    @Autowired
    PortalChanges changes;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void changesOncePerTransactionThatRaisesThePrefectureAndNotForAnotherPrefecture() {
        PortalVersions versions = new PortalVersions(changes, Clock.systemUTC());
        String nagasaki = versions.of("422100").orElseThrow();
        String catalogue = versions.catalogue();
        long before = changes.of("42");
        transaction.executeWithoutResult(status -> {
            changes.raise("422100");
            changes.raise("422011");
            changes.raise("42");
        });
        assertThat(changes.of("42")).isEqualTo(before + 1);
        assertThat(versions.of("422100")).isPresent().get().isNotEqualTo(nagasaki);
        assertThat(versions.of("42")).isEqualTo(versions.of("422100"));
        assertThat(versions.catalogue()).isNotEqualTo(catalogue);

        String nagasakiNow = versions.of("42").orElseThrow();
        long tokyo = changes.of("13");
        transaction.executeWithoutResult(status -> changes.raise("131016"));
        assertThat(changes.of("13")).isEqualTo(tokyo + 1);
        assertThat(versions.of("42")).contains(nagasakiNow);
    }

    @Test
    void rollsOverAtMidnightInJapanNotInUtc() {
        // 14:59 and 15:00 UTC are 23:59 and 0:00 in Japan.
        String lastMinute = at("2026-11-30T14:59:00Z").of("42").orElseThrow();
        assertThat(at("2026-11-30T00:00:00Z").of("42")).contains(lastMinute);
        assertThat(at("2026-11-30T15:00:00Z").of("42")).isPresent().get().isNotEqualTo(lastMinute);
        assertThat(at("2026-11-30T15:00:00Z").catalogue()).isNotEqualTo(at("2026-11-30T14:59:00Z").catalogue());
    }

    @Test
    void hasNoTokenForAnAddressThatIsNoPlace() {
        PortalVersions versions = new PortalVersions(changes, Clock.systemUTC());
        assertThat(versions.of("48")).isEmpty();
        assertThat(versions.of("4221")).isEmpty();
        assertThat(versions.of("booklet")).isEmpty();
    }

    private PortalVersions at(String instant) {
        return new PortalVersions(changes, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
