package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.careroadmap.EmptyDatabaseTest;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The two use cases a confirmed spreadsheet import calls: all or nothing, version-checked, and only for
 * whoever may edit the roadmap. Set-up and calls run as the application itself unless a test says otherwise.
 */
@EmptyDatabaseTest
class RoadmapEditingImportTest {

    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    @BeforeEach
    void asTheApplication() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                (ActorPrincipal) Actor::applicationItself, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void as(Actor actor, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken((ActorPrincipal) () -> actor, null));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static ImportedItem item(String existingId, String category, String title, String year,
                                     ArrowInput... arrows) {
        return new ImportedItem(existingId, new ItemInput(category, title, "目指す姿", year, "推進方策"), List.of(arrows));
    }

    @Test
    void replacesAllItemsInOneSaveAndKeepsMatchedItemIds() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "423084", "nagasaki-8-9");
        long id = doc.roadmap().id();
        doc = editing.addItem(id, doc.roadmap().version(), new ItemInput("A", "退院支援", "姿", "2026", "方策"));
        String kept = doc.roadmap().items().get(0).id();
        long before = doc.roadmap().version();

        RoadmapDocument after = editing.replaceItems(id, before, List.of(
                item(kept, "A", "退院支援", "令和8年度", new ArrowInput("ルール作成", "2021", "2023", false)),
                item(null, "H", "相談窓口", "R8", new ArrowInput("整備", "2024", "2026", true))));

        assertThat(after.roadmap().version()).isEqualTo(before + 1);
        assertThat(after.roadmap().items()).extracting(RoadmapItem::title).containsExactly("退院支援", "相談窓口");
        assertThat(after.roadmap().items().get(0).id()).isEqualTo(kept);
        assertThat(roadmaps.get(id).roadmap().items().get(1).arrows().get(0).continues()).isTrue();
    }

    @Test
    void reportsEveryBadItemAndArrowByPositionAndSavesNothing() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422045", "nagasaki-8-9");
        long id = doc.roadmap().id();

        assertThatThrownBy(() -> editing.replaceItems(id, doc.roadmap().version(), List.of(
                item(null, "A", "よい項目", "2026"),
                item(null, "Z", "", "2035", new ArrowInput("外", "2019", "2020", false)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("items[1].category", "items[1].title", "items[1].achievementYear",
                                "items[1].arrows[0].startYear", "items[1].arrows[0].endYear"));

        RoadmapDocument unchanged = roadmaps.get(id);
        assertThat(unchanged.roadmap().items()).isEmpty();
        assertThat(unchanged.roadmap().version()).isEqualTo(doc.roadmap().version());
    }

    @Test
    void refusesAStaleVersion() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422053", "nagasaki-8-9");
        long id = doc.roadmap().id();
        editing.addItem(id, doc.roadmap().version(), new ItemInput("A", "先に保存", "", "", ""));

        assertThatThrownBy(() -> editing.replaceItems(id, doc.roadmap().version(), List.of(item(null, "B", "後から", "2026"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(roadmaps.get(id).roadmap().items()).extracting(RoadmapItem::title).containsExactly("先に保存");
    }

    @Test
    void keepsTheVersionWhenNothingChanges() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "423220", "nagasaki-8-9");
        long id = doc.roadmap().id();
        doc = editing.addItem(id, doc.roadmap().version(), new ItemInput("A", "同じ", "目指す姿", "2026", "推進方策"));
        String itemId = doc.roadmap().items().get(0).id();

        RoadmapDocument after = editing.replaceItems(id, doc.roadmap().version(), List.of(item(itemId, "A", "同じ", "2026")));

        assertThat(after.roadmap().version()).isEqualTo(doc.roadmap().version());
    }

    @Test
    void createsARoadmapWithItsItemsOrNothingAtAll() {
        roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422088"))
                .forEach(s -> editing.delete(s.id(), s.version()));

        assertThatThrownBy(() -> editing.createWithItems("422088", "nagasaki-9-10", List.of(
                item(null, "A", "よい", "2029"), item(null, "A", "悪い", "来年"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(roadmaps.list()).noneMatch(s -> s.municipality().code().value().equals("422088"));

        RoadmapDocument created = editing.createWithItems("422088", "nagasaki-9-10", List.of(
                item(null, "B", "二番目", "2029"), item(null, "A", "一番目", "2028",
                        new ArrowInput("工程", "2027", "2029", true))));
        assertThat(created.template().id()).isEqualTo("nagasaki-9-10");
        assertThat(roadmaps.get(created.roadmap().id()).roadmap().items())
                .extracting(RoadmapItem::title).containsExactly("一番目", "二番目");
    }

    @Test
    void onlyTheMunicipalitysEditorReplacesItemsAndOnlyWhileTheRoadmapIsEditable() {
        RoadmapDocument doc = RoadmapFixtures.freshRoadmap(roadmaps, editing, "422096", "nagasaki-8-9");
        long id = doc.roadmap().id();
        List<ImportedItem> items = List.of(item(null, "A", "項目", "2026"));

        as(Actor.of("viewer", Role.MUNICIPALITY_VIEWER, "42", "422096"), () -> assertThatThrownBy(
                () -> editing.replaceItems(id, doc.roadmap().version(), items)).isInstanceOf(AccessDeniedException.class));
        as(Actor.of("other-editor", Role.MUNICIPALITY_EDITOR, "42", "422011"), () -> assertThatThrownBy(
                () -> editing.createWithItems("422096", "nagasaki-9-10", items)).isInstanceOf(AccessDeniedException.class));
        as(Actor.of("editor", Role.MUNICIPALITY_EDITOR, "42", "422096"), () -> assertThat(
                editing.replaceItems(id, doc.roadmap().version(), items).roadmap().items()).hasSize(1));
        assertThat(roadmaps.get(id).roadmap().items()).hasSize(1);
    }
}
