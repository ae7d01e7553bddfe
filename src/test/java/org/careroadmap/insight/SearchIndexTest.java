package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.careroadmap.EmptyDatabaseTest;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The search texts this module keeps from the roadmap module's events, per view (what staff see, what
 * the public sees), written in the changing transaction, and the pre-selection over them.
 */
@EmptyDatabaseTest
class SearchIndexTest {

    @Autowired
    SearchService search;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
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

    private RoadmapDocument freshRoadmap(String municipality) {
        return CurrentActor.asSystem(() -> {
            roadmaps.list().stream()
                    .filter(s -> s.municipality().code().value().equals(municipality)
                            && s.template().id().equals("nagasaki-9-10"))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return editing.create(municipality, "nagasaki-9-10");
        });
    }

    private RoadmapDocument publishedRoadmapWithOneItem(String municipality) {
        RoadmapDocument doc = freshRoadmap(municipality);
        long id = doc.roadmap().id();
        return CurrentActor.asSystem(() -> {
            RoadmapDocument d = editing.addItem(id, doc.roadmap().version(),
                    new ItemInput("F", "認知症カフェの開設", "ケア会議で支え合う", "2026", "カフェを各地区に開く"));
            d = editing.addArrow(id, d.roadmap().version(), d.roadmap().items().get(0).id(),
                    new ArrowInput("開設準備", "2024", "2026", false));
            return lifecycle.recordAlreadyPublished(id, d.roadmap().version());
        });
    }

    private List<RoadmapReads.FoundItem> find(String term, int limit) {
        return search.preselected(List.of(term), ListScope.everywhere(), 0, limit);
    }

    @Test
    void foundItemsComeFromTheVersionTheReaderMaySee() {
        RoadmapDocument published = publishedRoadmapWithOneItem("422096");
        long id = published.roadmap().id();
        as(Actor.of("editor-422096", Role.MUNICIPALITY_EDITOR, "42", "422096"), () -> {
            RoadmapDocument d = lifecycle.reopen(id, published.roadmap().version());
            return editing.changeItem(id, d.roadmap().version(), d.roadmap().items().get(0).id(),
                    new ItemInput("F", "認知症サポーター養成（下書き）", "姿", "2026", "方策"));
        });
        Actor owner = Actor.of("viewer-422096", Role.MUNICIPALITY_VIEWER, "42", "422096");

        // Stored folded: katakana as hiragana, so けあ finds ケア.
        List<RoadmapReads.FoundItem> publicHits = as(Actor.anonymous(), () -> find("けあ会議", 10));
        List<RoadmapReads.FoundItem> draftForPublic = as(Actor.anonymous(), () -> find("下書き", 10));
        List<RoadmapReads.FoundItem> draftForOwner = as(owner, () -> find("下書き", 10));

        assertThat(publicHits).extracting(f -> f.document().roadmap().id()).contains(id);
        assertThat(publicHits).filteredOn(f -> f.document().roadmap().id() == id)
                .extracting(f -> f.item().title()).containsExactly("認知症カフェの開設");
        assertThat(draftForPublic).extracting(f -> f.document().roadmap().id()).doesNotContain(id);
        assertThat(draftForOwner).extracting(f -> f.item().title()).containsExactly("認知症サポーター養成（下書き）");
    }

    @Test
    void searchTermsAreMatchedLiterallyNotAsPatterns() {
        publishedRoadmapWithOneItem("422118");

        assertThat(as(Actor.anonymous(), () -> find("%", 10))).isEmpty();
        assertThat(as(Actor.anonymous(), () -> find("_", 10))).isEmpty();
    }

    @Test
    void aRareWordAmongManyRoadmapsIsFoundAndOnlyWhereItIs() {
        for (String municipality : List.of("422126", "422134", "422142", "423076", "423084", "423211", "423220")) {
            publishedRoadmapWithOneItem(municipality);
        }
        RoadmapDocument rare = freshRoadmap("423238");
        long id = rare.roadmap().id();
        CurrentActor.asSystem(() -> editing.addItem(id, rare.roadmap().version(),
                new ItemInput("E", "買い物支援の移動販売車", "姿", "2026", "方策")));

        List<RoadmapReads.FoundItem> found = CurrentActor.asSystem(() -> find("移動販売", 10));
        List<RoadmapReads.FoundItem> nowhere = CurrentActor.asSystem(() -> find("どこにもない語", 10));
        List<RoadmapReads.FoundItem> everywhere = CurrentActor.asSystem(() -> find("けあ会議", 50));

        assertThat(found).extracting(f -> f.document().roadmap().id()).containsExactly(id);
        assertThat(nowhere).isEmpty();

        // Changed after the filter was built (here or on another node): found by its new words at once.
        CurrentActor.asSystem(() -> {
            RoadmapDocument d = roadmaps.get(id);
            return editing.changeItem(id, d.roadmap().version(), d.roadmap().items().get(0).id(),
                    new ItemInput("E", "買い物支援の配食サービス", "姿", "2026", "方策"));
        });
        assertThat(CurrentActor.asSystem(() -> find("配食", 10)))
                .extracting(f -> f.document().roadmap().id()).containsExactly(id);
        assertThat(CurrentActor.asSystem(() -> find("移動販売", 10))).isEmpty();
        assertThat(everywhere).extracting(f -> f.document().municipality().code().value())
                .contains("422126", "422134", "422142", "423076", "423084", "423211", "423220");
    }

    @Test
    void theTextsAreWrittenInTheChangingTransactionAndGoWithTheRoadmap() {
        RoadmapDocument doc = freshRoadmap("423831");
        long id = doc.roadmap().id();
        CurrentActor.asSystem(() -> editing.addItem(id, doc.roadmap().version(),
                new ItemInput("B", "ＩＣＴで情報共有", "姿", "2026", "方策")));

        assertThat(jdbc.sql("SELECT folded_text FROM roadmap_item_text WHERE roadmap_id = ? AND view_kind = 'LIVE'")
                .param(id).query(String.class).list()).singleElement().asString().contains("ict");

        RoadmapDocument current = CurrentActor.asSystem(() -> roadmaps.get(id));
        CurrentActor.asSystem(() -> {
            editing.delete(id, current.roadmap().version());
            return null;
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_item_text WHERE roadmap_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }
}
