package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.SharedContextTest;
import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A frozen 版 read back keeps each item's line across plan periods (roadmap_item.lineage, V213): a draft carried
 * forward (次期計画へ引き継ぐ) and submitted shows, as 第1版, items of the same lines as the live draft — not lines
 * of their own, which would part them from the items of the previous period they came from. Snapshots frozen
 * before the lineage was kept still read, as items without one. Real application and database.
 */
@SharedContextTest
class SnapshotLineageTest {

    static final String CODE = "423238";  // no demo roadmap and no other roadmap test uses it

    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    RoadmapVersions versions;
    @Autowired
    JdbcClient jdbc;

    long draft;

    @BeforeEach
    void submittedDraftCarriedForwardFromAnAcceptedRoadmap() {
        removeTheMunicipalitysRoadmaps();
        RoadmapDocument fresh = RoadmapFixtures.draftWithAnItemAndAnArrowInEveryCategory(editing, CODE, "nagasaki-8-9");
        draft = RoadmapFixtures.asSystem(() -> {
            long source = fresh.roadmap().id();
            RoadmapDocument doc = lifecycle.submit(source, fresh.roadmap().version());
            lifecycle.accept(source, doc.roadmap().version());
            RoadmapDocument carried = lifecycle.carryForward(source, "nagasaki-9-10");
            return lifecycle.submit(carried.roadmap().id(), carried.roadmap().version()).roadmap().id();
        });
    }

    @AfterEach
    void removeTheMunicipalitysRoadmaps() {
        jdbc.sql("DELETE FROM roadmap WHERE municipality_code = ?").param(CODE).update();
    }

    @Test
    void aFrozenVersionOfACarriedDraftKeepsTheLinesOfItsItems() {
        Map<String, String> live = lines(RoadmapFixtures.read(roadmaps, draft).roadmap());
        assertThat(RoadmapFixtures.read(roadmaps, draft).roadmap().items()).as("carried with their lines")
                .allSatisfy(i -> assertThat(i.carriedWithLineage()).isTrue());

        Roadmap frozen = RoadmapFixtures.asSystem(() -> versions.version(draft, 1)).roadmap();

        assertThat(lines(frozen)).isEqualTo(live);
        assertThat(frozen.items()).allSatisfy(i -> assertThat(i.carriedWithLineage()).isTrue());
    }

    @Test
    void aVersionFrozenBeforeLinesWereKeptStillReadsWithItemsOfTheirOwnLines() {
        String content = jdbc.sql("SELECT s.content FROM roadmap_snapshot s WHERE s.roadmap_id = ? AND s.number = 1")
                .param(draft).query(String.class).single();
        String older = content.replaceAll(",\"lineage\":(null|\"[^\"]*\")", "");
        assertThat(older).isNotEqualTo(content).doesNotContain("lineage");
        jdbc.sql("UPDATE roadmap_snapshot SET content = ? WHERE roadmap_id = ? AND number = 1").params(older, draft).update();

        Roadmap frozen = RoadmapFixtures.asSystem(() -> versions.version(draft, 1)).roadmap();

        assertThat(frozen.items()).hasSize(CategoryCode.values().length)
                .allSatisfy(i -> assertThat(i.line()).isEqualTo(i.id()));
    }

    private static Map<String, String> lines(Roadmap roadmap) {
        Map<String, String> lines = new LinkedHashMap<>();
        List<RoadmapItem> items = roadmap.items();
        items.forEach(i -> lines.put(i.id(), i.line()));
        return lines;
    }
}
