package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the roadmap storage must do on every database we support; run once on H2 and once on
 * PostgreSQL by the subclasses. Same Flyway migrations on both.
 */
abstract class RoadmapRepositoryContract {

    @Autowired
    RoadmapRepository repository;
    @Autowired
    ReferenceData reference;
    @Autowired
    RoadmapReads service;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoadmapBulkReader bulk;

    RoadmapTemplate template;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM roadmap").update();
        template = reference.template("nagasaki-8-9").orElseThrow();
    }

    @Test
    void referenceDataHoldsNagasakisTwentyOneMunicipalitiesAndTwoTemplateEditions() {
        assertThat(reference.municipalities()).hasSize(21)
                .extracting(m -> m.code().value()).contains("422100", "422011", "424111");
        assertThat(reference.municipality(new MunicipalityCode("422100")).orElseThrow().name()).isEqualTo("壱岐市");
        assertThat(reference.templates()).extracting(RoadmapTemplate::id).containsExactly("nagasaki-8-9", "nagasaki-9-10");
        assertThat(reference.prefecture("42").orElseThrow().name()).isEqualTo("長崎県");
    }

    @Test
    void savesAndReadsBackAWholeRoadmapInOrderWithArrowsAndJapaneseText() {
        Roadmap roadmap = Roadmap.start(new MunicipalityCode("422100"), template, Clock.systemUTC());
        RoadmapItem second = roadmap.addItem(item(CategoryCode.B, "人材確保"), template);
        RoadmapItem first = roadmap.addItem(item(CategoryCode.A, "退院支援\n（例）"), template);
        roadmap.addArrow(first.id(), arrow("入退院支援ルールの作成・周知", 2021, 2022, false), template);
        roadmap.addArrow(first.id(), arrow("勉強会を開催（年２回）", 2023, 2026, true), template);
        Roadmap saved = repository.save(roadmap);

        Roadmap read = repository.findById(saved.id()).orElseThrow();
        assertThat(read.items()).extracting(RoadmapItem::id).containsExactly(first.id(), second.id());
        RoadmapItem readFirst = read.items().get(0);
        assertThat(readFirst.title()).isEqualTo("退院支援\n（例）");
        assertThat(readFirst.achievementYear()).contains(FiscalYear.of(2026));
        assertThat(readFirst.arrows()).extracting(Arrow::label)
                .containsExactly("入退院支援ルールの作成・周知", "勉強会を開催（年２回）");
        assertThat(readFirst.arrows().get(1).continues()).isTrue();
        assertThat(readFirst.arrows().get(1).span()).isEqualTo(new ArrowSpan(FiscalYear.of(2023), FiscalYear.of(2026)));
    }

    @Test
    void keepsItemAndArrowIdentitiesAcrossSaves() {
        Roadmap roadmap = Roadmap.start(new MunicipalityCode("422011"), template, Clock.systemUTC());
        RoadmapItem item = roadmap.addItem(item(CategoryCode.C, "介護予防"), template);
        Arrow arrow = roadmap.addArrow(item.id(), arrow("教室", 2021, 2026, false), template);
        Roadmap saved = repository.save(roadmap);
        saved.changeItem(item.id(), item(CategoryCode.C, "介護予防の充実"), template);
        repository.save(saved);

        Roadmap read = repository.findById(saved.id()).orElseThrow();
        assertThat(read.item(item.id()).orElseThrow().title()).isEqualTo("介護予防の充実");
        assertThat(read.item(item.id()).orElseThrow().arrow(arrow.id())).isPresent();
    }

    @Test
    void refusesToOverwriteAChangeSavedInTheMeantime() {
        Roadmap saved = repository.save(Roadmap.start(new MunicipalityCode("422037"), template, Clock.systemUTC()));
        Roadmap mine = repository.findById(saved.id()).orElseThrow();
        Roadmap theirs = repository.findById(saved.id()).orElseThrow();
        theirs.addItem(item(CategoryCode.D, "住まい"), template);
        repository.save(theirs);
        mine.addItem(item(CategoryCode.E, "見守り"), template);

        assertThatThrownBy(() -> repository.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(saved.id()).orElseThrow().items()).extracting(RoadmapItem::title)
                .containsExactly("住まい");
    }

    @Test
    void serviceRefusesAStaleVersionWithoutChangingAnything() {
        RoadmapDocument doc = RoadmapFixtures.asSystem(() -> editing.create("422045", "nagasaki-8-9"));
        long id = doc.roadmap().id();
        RoadmapFixtures.asSystem(() -> editing.addItem(id, 0, new ItemInput("A", "一人目", "", "", "")));
        assertThatThrownBy(() -> RoadmapFixtures.asSystem(() -> editing.addItem(id, 0, new ItemInput("A", "二人目", "", "", ""))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(RoadmapFixtures.read(service, id).roadmap().items()).extracting(RoadmapItem::title).containsExactly("一人目");
    }

    @Test
    void deletingARoadmapRemovesItsItemsAndArrows() {
        Roadmap roadmap = Roadmap.start(new MunicipalityCode("422053"), template, Clock.systemUTC());
        RoadmapItem item = roadmap.addItem(item(CategoryCode.F, "認知症"), template);
        roadmap.addArrow(item.id(), arrow("周知", 2021, 2026, false), template);
        Roadmap saved = repository.save(roadmap);
        repository.delete(saved);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_item").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_arrow").query(Integer.class).single()).isZero();
    }

    @Test
    void bulkReadingGivesTheSameRoadmapsAsTheRepository() {
        Roadmap roadmap = Roadmap.start(new MunicipalityCode("422100"), template, Clock.systemUTC());
        RoadmapItem b = roadmap.addItem(item(CategoryCode.B, "人材確保"), template);
        RoadmapItem a = roadmap.addItem(item(CategoryCode.A, "退院支援"), template);
        roadmap.addArrow(a.id(), arrow("ルール作成", 2021, 2022, false), template);
        roadmap.addArrow(a.id(), arrow("勉強会", 2023, 2026, true), template);
        roadmap.addArrow(b.id(), arrow("説明会", 2021, 2026, false), template);
        Roadmap saved = repository.save(roadmap);
        Roadmap other = repository.save(Roadmap.start(new MunicipalityCode("422011"), template, Clock.systemUTC()));

        assertThat(bulk.byIds(List.of(saved.id(), other.id()))).extracting(Roadmap::id)
                .containsExactlyInAnyOrder(saved.id(), other.id());
        assertThat(bulk.byId(-1)).isEmpty();
        assertThat(bulk.status(saved.id())).contains(RoadmapStatus.DRAFT);
        Roadmap read = bulk.byId(saved.id()).orElseThrow();
        Roadmap expected = repository.findById(saved.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(expected.version());
        assertThat(read.items()).extracting(RoadmapItem::id).containsExactlyElementsOf(
                expected.items().stream().map(RoadmapItem::id).toList());
        for (RoadmapItem i : expected.items()) {
            RoadmapItem r = read.item(i.id()).orElseThrow();
            assertThat(r.content()).isEqualTo(i.content());
            assertThat(r.arrows()).extracting(Arrow::content).containsExactlyElementsOf(
                    i.arrows().stream().map(Arrow::content).toList());
        }
    }

    @Test
    void findsRoadmapsByMunicipality() {
        repository.save(Roadmap.start(new MunicipalityCode("422070"), template, Clock.systemUTC()));
        List<Roadmap> found = repository.findByMunicipalityCode("422070");
        assertThat(found).hasSize(1);
        assertThat(repository.findByMunicipalityCode("422088")).isEmpty();
    }

    private static ItemContent item(CategoryCode category, String title) {
        return new ItemContent(category, title, "目指す姿", FiscalYear.of(2026), "推進方策");
    }

    private static ArrowContent arrow(String label, int from, int to, boolean continues) {
        return new ArrowContent(label, new ArrowSpan(FiscalYear.of(from), FiscalYear.of(to)), continues);
    }
}
