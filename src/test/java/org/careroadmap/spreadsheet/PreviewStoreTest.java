package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.roadmap.ItemInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Import previews kept in the database (table import_preview): owner, expiry, one use, a quota per account. */
@SharedContextTest
class PreviewStoreTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReferenceData reference;

    final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T00:00:00Z"));

    PreviewStore store(int perAccount) {
        SpreadsheetProperties defaults = SpreadsheetProperties.defaults();
        SpreadsheetProperties properties = new SpreadsheetProperties(defaults.maxUploadSize(), Duration.ofMinutes(30),
                perAccount, defaults.maxExpandedSize(), null, null, null, null, null);
        return new PreviewStore(jdbc, json, reference, properties, clock);
    }

    ImportPreview preview(String owner, String title) {
        ImportedItem item = new ImportedItem("item-1", new ItemInput("B", title, "目指す姿", "令和8年度", "推進方策"),
                List.of(new ArrowInput("研修会", "2024", "2026", true)));
        return new ImportPreview(null, null, owner, 7L,
                reference.municipality(new MunicipalityCode("422100")).orElseThrow(),
                reference.template("nagasaki-8-9").orElseThrow(), 3, "壱岐市",
                List.of(new ItemChange(ItemChange.Kind.CHANGED, CategoryCode.B, title, "旧", List.of("title"), 1, "B12")),
                true, List.of(), List.of(new FieldProblem("壱岐市!A1", "xlsx.otherMunicipality", List.of("五島市", 3))),
                List.of(item));
    }

    @Test
    void aPreviewIsFoundByItsOwnerOnlyAsItWasMadeAndIsTakenOnce() {
        PreviewStore store = store(5);
        ImportPreview held = store.hold(preview("owner-a", "退院支援"));
        assertThat(held.token()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(held.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        ImportPreview found = store.find(held.token(), "owner-a").orElseThrow();
        assertThat(found).isEqualTo(held);
        assertThat(found.items().get(0).arrows().get(0).continues()).isTrue();
        assertThat(store.find(held.token(), "owner-b")).isEmpty();
        assertThat(store.take(held.token(), "owner-b")).isEmpty();

        assertThat(store.take(held.token(), "owner-a")).contains(held);
        assertThat(store.take(held.token(), "owner-a")).isEmpty();
        assertThat(store.find(held.token(), "owner-a")).isEmpty();
    }

    @Test
    void aPreviewThatCreatesARoadmapNamesNoRoadmap() {
        PreviewStore store = store(5);
        ImportPreview p = preview("owner-g", "新規");
        ImportPreview created = store.hold(new ImportPreview(null, null, p.owner(), null, p.municipality(), p.template(), 0,
                p.sheetName(), p.changes(), false, List.of(), List.of(), p.items()));
        assertThat(store.take(created.token(), "owner-g").orElseThrow().newRoadmap()).isTrue();
    }

    @Test
    void aPreviewExpiresAfterItsTimeAndIsDeletedWhenTheNextIsMade() {
        PreviewStore store = store(5);
        ImportPreview held = store.hold(preview("owner-c", "退院支援"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(store.find(held.token(), "owner-c")).isEmpty();
        assertThat(store.take(held.token(), "owner-c")).isEmpty();
        store.hold(preview("owner-d", "在宅医療"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_preview WHERE token = ?").param(held.token())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAccountBeyondItsQuotaLosesOnlyItsOwnOldestPreviews() {
        PreviewStore store = store(2);
        ImportPreview others = store.hold(preview("owner-e", "他の人の取り込み"));
        clock.advance(Duration.ofSeconds(1));
        ImportPreview first = store.hold(preview("owner-f", "一回目"));
        clock.advance(Duration.ofSeconds(1));
        ImportPreview second = store.hold(preview("owner-f", "二回目"));
        clock.advance(Duration.ofSeconds(1));
        ImportPreview third = store.hold(preview("owner-f", "三回目"));
        clock.advance(Duration.ofSeconds(1));
        ImportPreview fourth = store.hold(preview("owner-f", "四回目"));

        assertThat(store.find(first.token(), "owner-f")).isEmpty();
        assertThat(store.find(second.token(), "owner-f")).isEmpty();
        assertThat(store.find(third.token(), "owner-f")).isPresent();
        assertThat(store.find(fourth.token(), "owner-f")).isPresent();
        assertThat(store.find(others.token(), "owner-e")).isPresent();
    }

    /** A clock the test moves forward; the store reads time only through it. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
