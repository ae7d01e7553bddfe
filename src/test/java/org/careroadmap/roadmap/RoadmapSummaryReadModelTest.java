package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.careroadmap.EmptyDatabaseTest;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The kept summaries behind lists and the dashboard (the search texts are the insight module's,
 * see {@code SearchIndexTest}): written with every
 * change, per view (what staff see, what the public sees), and noticed and rebuilt when data was
 * written around the service.
 */
@EmptyDatabaseTest
class RoadmapSummaryReadModelTest {

    private static final Actor EDITOR = Actor.of("editor-422053", Role.MUNICIPALITY_EDITOR, "42", "422053");

    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    RoadmapSummaryRebuild rebuild;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken((ActorPrincipal) () -> actor, null));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RoadmapDocument publishedRoadmapWithOneItem(String municipality) {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, municipality, "nagasaki-9-10");
        long id = doc.roadmap().id();
        return RoadmapFixtures.asSystem(() -> {
            RoadmapDocument d = editing.addItem(id, doc.roadmap().version(),
                    new ItemInput("F", "認知症カフェの開設", "ケア会議で支え合う", "2026", "カフェを各地区に開く"));
            d = editing.addArrow(id, d.roadmap().version(), d.roadmap().items().get(0).id(),
                    new ArrowInput("開設準備", "2024", "2026", false));
            return lifecycle.recordAlreadyPublished(id, d.roadmap().version());
        });
    }

    private static RoadmapSummary only(List<RoadmapSummary> list, long id) {
        return list.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void listShowsCountsKeptWithEachChange() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422045", "nagasaki-9-10");
        long id = doc.roadmap().id();
        RoadmapFixtures.asSystem(() -> {
            RoadmapDocument d = editing.addItem(id, doc.roadmap().version(), new ItemInput("A", "退院支援", "姿", "2026", "方策"));
            return editing.addItem(id, d.roadmap().version(), new ItemInput("A", "往診体制", "姿", "2027", "方策"));
        });

        RoadmapSummary summary = only(RoadmapFixtures.asSystem(() -> roadmaps.list()), id);

        assertThat(summary.itemCount()).isEqualTo(2);
        assertThat(summary.itemsPerCategory()).containsEntry(CategoryCode.A, 2).containsEntry(CategoryCode.B, 0);
        assertThat(summary.errorCount()).isEqualTo(RoadmapFixtures.read(roadmaps, id).errorCount());
        assertThat(summary.version()).isEqualTo(RoadmapFixtures.read(roadmaps, id).roadmap().version());
        assertThat(jdbc.sql("SELECT source_version FROM roadmap_summary WHERE roadmap_id = ? AND view_kind = 'LIVE'")
                .param(id).query(Long.class).single()).isEqualTo(summary.version());
    }

    @Test
    void thePublicKeepsSeeingThePublishedCountsWhileARevisionIsDrafted() {
        RoadmapDocument published = publishedRoadmapWithOneItem("422053");
        long id = published.roadmap().id();
        as(EDITOR, () -> {
            RoadmapDocument d = lifecycle.reopen(id, published.roadmap().version());
            return editing.addItem(id, d.roadmap().version(), new ItemInput("B", "介護人材の確保", "姿", "2027", "方策"));
        });

        RoadmapSummary publicView = only(as(Actor.anonymous(), () -> roadmaps.list()), id);
        RoadmapSummary staffView = only(as(EDITOR, () -> roadmaps.list()), id);

        assertThat(publicView.status()).isEqualTo(RoadmapStatus.PUBLISHED);
        assertThat(publicView.itemCount()).isEqualTo(1);
        assertThat(staffView.status()).isEqualTo(RoadmapStatus.DRAFT);
        assertThat(staffView.itemCount()).isEqualTo(2);
    }

    @Test
    void aSummaryWrittenAroundTheServiceIsComputedOnTheFlyAndRebuilt() {
        RoadmapDocument published = publishedRoadmapWithOneItem("422070");
        long id = published.roadmap().id();
        // As a bulk load or an older node would: a new item straight into the table, a newer version,
        // and no kept summaries at all.
        jdbc.sql("""
                INSERT INTO roadmap_item (id, roadmap_id, position, category, title, target_vision, achievement_year, measures)
                VALUES ('bulk-loaded-item', ?, 1, 'C', '介護予防教室', '姿', 2026, '方策')""").param(id).update();
        jdbc.sql("UPDATE roadmap SET version = version + 1 WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM roadmap_summary WHERE roadmap_id = ?").param(id).update();

        assertThat(only(RoadmapFixtures.asSystem(() -> roadmaps.list()), id).itemCount()).isEqualTo(2);
        assertThat(only(as(Actor.anonymous(), () -> roadmaps.list()), id).itemCount()).isEqualTo(2);

        assertThat(rebuild.rebuild()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_summary WHERE roadmap_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(rebuild.rebuild()).isZero();
        assertThat(only(as(Actor.anonymous(), () -> roadmaps.list()), id).itemsPerCategory()).containsEntry(CategoryCode.C, 1);
    }

    @Test
    void aListScopedToAMunicipalityHoldsOnlyItsRoadmaps() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422088", "nagasaki-9-10");

        List<RoadmapSummary> list = RoadmapFixtures.asSystem(() -> roadmaps.list(
                ListScope.municipality(doc.roadmap().municipalityCode())));

        assertThat(list).extracting(s -> s.municipality().code().value()).containsOnly("422088");
        assertThat(list).extracting(RoadmapSummary::id).contains(doc.roadmap().id());
        assertThat(RoadmapFixtures.asSystem(() -> roadmaps.list(ListScope.prefecture("13")))).isEmpty();
    }
}
