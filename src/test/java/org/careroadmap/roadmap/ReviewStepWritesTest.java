package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.PublicationRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A review step (提出, 差戻し, 受理, 公開 …) changes only the roadmap's own row: it is one UPDATE of that row, with the
 * version check in its WHERE, and leaves the items and arrows as they are (saving the whole aggregate used to delete
 * and insert every one of them again at each step). Counted through the wrapper of the real DataSource.
 */
@SharedContextTest
class ReviewStepWritesTest {

    /** Shared with SnapshotLineageTest: both remove the municipality's roadmaps before and after each test. */
    static final String CODE = SnapshotLineageTest.CODE;
    private static final Pattern ITEM_OR_ARROW_WRITE =
            Pattern.compile("(?is)^\\s*(INSERT\\s+INTO|DELETE\\s+FROM|UPDATE)\\s+\"?roadmap_(item|arrow)\\b.*");

    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    RoadmapChanges changes;
    @Autowired
    TransactionOperations transaction;
    @Autowired
    JdbcClient jdbc;

    RoadmapDocument draft;

    @BeforeEach
    void aDraftWithAnItemAndAnArrowInEveryCategory() {
        removeTheMunicipalitysRoadmaps();
        draft = RoadmapFixtures.draftWithAnItemAndAnArrowInEveryCategory(editing, CODE, "nagasaki-9-10");
    }

    @AfterEach
    void removeTheMunicipalitysRoadmaps() {
        jdbc.sql("DELETE FROM roadmap WHERE municipality_code = ?").param(CODE).update();
    }

    @Test
    void aStepUpdatesTheRoadmapsRowOnceAndLeavesItsItemsAndArrowsAlone() {
        long id = draft.roadmap().id();
        long version = draft.roadmap().version();
        List<List<String>> before = itemsAndArrows(id);

        List<String> sent = StatementCounting.during(() -> RoadmapFixtures.asSystem(() -> lifecycle.submit(id, version)));

        assertThat(sent).as("statements: %s", sent).noneMatch(s -> ITEM_OR_ARROW_WRITE.matcher(s).matches());
        assertThat(sent.stream().filter(s -> s.startsWith("UPDATE roadmap SET"))).as("statements: %s", sent).hasSize(1);
        Roadmap stored = RoadmapFixtures.read(roadmaps, id).roadmap();
        assertThat(stored.status()).isEqualTo(RoadmapStatus.SUBMITTED);
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.updatedAt()).isAfterOrEqualTo(draft.roadmap().updatedAt());
        assertThat(itemsAndArrows(id)).as("the same rows, keys and contents").isEqualTo(before);
    }

    @Test
    void theStepsOfAWholeRoundKeepCountingTheVersionAndTheHistory() {
        long id = draft.roadmap().id();
        RoadmapDocument doc = RoadmapFixtures.asSystem(() -> {
            RoadmapDocument d = lifecycle.submit(id, draft.roadmap().version());
            d = lifecycle.returnForChanges(id, d.roadmap().version(), "C の推進方策に回数を");
            d = lifecycle.submit(id, d.roadmap().version());
            d = lifecycle.accept(id, d.roadmap().version());
            return lifecycle.publish(id, d.roadmap().version());
        });

        assertThat(doc.roadmap().status()).isEqualTo(RoadmapStatus.PUBLISHED);
        assertThat(doc.roadmap().version()).isEqualTo(draft.roadmap().version() + 5);
        assertThat(RoadmapFixtures.read(roadmaps, id).roadmap().version()).isEqualTo(doc.roadmap().version());
        assertThat(jdbc.sql("SELECT roadmap_version FROM audit_entry WHERE roadmap_id = ? AND roadmap_version > ? "
                        + "ORDER BY roadmap_version").params(id, draft.roadmap().version()).query(Long.class).list())
                .as("one history entry per step, under the version it made")
                .containsExactly(version(1), version(2), version(3), version(4), version(5));
    }

    @Test
    void aStepOverAChangeSavedMeanwhileIsAConflictAndChangesNothing() {
        long id = draft.roadmap().id();
        long version = draft.roadmap().version();

        assertThatThrownBy(() -> RoadmapFixtures.asSystem(() -> transaction.execute(status -> {
            RoadmapDocument read = RoadmapFixtures.read(roadmaps, id);
            Roadmap roadmap = read.roadmap();
            roadmap.submit(new ReviewStepRequest(Actor.of("iki-editor", Role.MUNICIPALITY_EDITOR, "42", CODE), version,
                    () -> PublicationRule.PREFECTURE, Instant.now()), read.template());
            // Another node's save lands between this one's read and its write.
            jdbc.sql("UPDATE roadmap SET version = version + 1 WHERE id = ?").param(id).update();
            return changes.saveStep(roadmap, version, new RoadmapChanges.Change("roadmap.submitted", "ROADMAP", null,
                    "SUBMITTED", Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED")));
        }))).isInstanceOf(ConcurrentEditException.class);

        Roadmap stored = RoadmapFixtures.read(roadmaps, id).roadmap();
        assertThat(stored.status()).as("the whole transaction rolled back").isEqualTo(RoadmapStatus.DRAFT);
        assertThat(stored.version()).isEqualTo(version);
    }

    private long version(int stepsLater) {
        return draft.roadmap().version() + stepsLater;
    }

    private List<List<String>> itemsAndArrows(long id) {
        List<String> items = jdbc.sql("SELECT * FROM roadmap_item WHERE roadmap_id = ? ORDER BY position").param(id)
                .query((rs, n) -> row(rs)).list();
        List<String> arrows = jdbc.sql("SELECT a.* FROM roadmap_arrow a JOIN roadmap_item i ON i.id = a.roadmap_item_id "
                        + "WHERE i.roadmap_id = ? ORDER BY i.position, a.position").param(id)
                .query((rs, n) -> row(rs)).list();
        return List.of(items, arrows);
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getString(c)).append(';');
        }
        return row.toString();
    }
}
