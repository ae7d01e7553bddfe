package org.careroadmap.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many SQL statements the search page costs (issue 18s). Before, a page sent one query per roadmap of its hits
 * for the municipality and one for the templates (110 statements for 50 hits from 50 roadmaps), and one query over
 * the whole scope that PostgreSQL, planning it once for any prefecture, answered by sorting every match of the
 * prefecture. Now: the prefectures (the scope choice), the kept summaries' versions (the prefilter), the kept texts of
 * a window of candidate roadmaps, the roadmaps with their items and arrows, the templates and the municipalities —
 * whatever the number of roadmaps the hits come from. Counted through the wrapper of the real DataSource
 * (StatementCounting); the test's rows are made in a transaction that is rolled back, in a test prefecture of its own.
 */
@SharedContextTest
class SearchStatementsTest {

    /** A prefecture no other test of the shared context uses, and six municipalities of it. */
    static final String PREFECTURE = "45";
    static final List<String> MUNICIPALITIES = List.of("459011", "459020", "459038", "459046", "459054", "459062");
    /** What a page of hits costs as the public sees it, however many roadmaps the hits are spread over. */
    static final int STATEMENTS_PER_PAGE = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    RoadmapLifecycle lifecycle;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPageOfHitsFromSixRoadmapsCostsWhatAHitFromOneCosts() {
        inRolledBackTestPrefecture(() -> {
            // Each roadmap has one item with 件数確認の共通語; only the first has 件数確認の一語.
            for (String code : MUNICIPALITIES) {
                publishedRoadmap(code, List.of(item("件数確認の共通語" + code + (code.equals(MUNICIPALITIES.get(0)) ? " 件数確認の一語" : ""))));
            }
            List<String> spread = statementsOf("/search?prefecture=" + PREFECTURE + "&q=件数確認の共通語", 6);
            List<String> single = statementsOf("/search?prefecture=" + PREFECTURE + "&q=件数確認の一語", 1);

            assertThat(spread).as("statements for hits from six roadmaps: %s", spread)
                    .hasSize(single.size()).hasSizeLessThanOrEqualTo(STATEMENTS_PER_PAGE);
            assertThat(spread).as("no query per roadmap for its municipality")
                    .noneMatch(s -> s.contains("FROM municipality WHERE code = ?"));
            assertThat(spread.stream().filter(s -> s.contains("FROM roadmap_item_text")).count())
                    .as("the kept texts of the six candidates are read in one window").isOne();
        });
    }

    @Test
    void aWordInEveryItemReadsTheKeptTextsOncePerPageAndPagesTheSame() {
        inRolledBackTestPrefecture(() -> {
            publishedRoadmap(MUNICIPALITIES.get(0), IntStream.range(0, 60).mapToObj(i -> item("件数確認の多数語" + i)).toList());
            publishedRoadmap(MUNICIPALITIES.get(1), List.of(item("件数確認の多数語（二つ目の市）")));
            List<String> first = statementsOf("/search?prefecture=" + PREFECTURE + "&q=件数確認の多数語", 50);
            List<String> second = statementsOf("/search?prefecture=" + PREFECTURE + "&q=件数確認の多数語&page=2", 11);

            assertThat(first).hasSizeLessThanOrEqualTo(STATEMENTS_PER_PAGE);
            assertThat(second).hasSizeLessThanOrEqualTo(STATEMENTS_PER_PAGE);
            assertThat(first.stream().filter(s -> s.contains("FROM roadmap_item_text")).count()).isOne();
            assertThat(first).as("the prefecture is chosen by the prefilter, not by a range in the query")
                    .noneMatch(s -> s.contains("FROM roadmap_item_text") && s.contains("municipality_code >="));
        });
    }

    private List<String> statementsOf(String path, int expectedHits) {
        request(path, -1);
        return StatementCounting.during(() -> request(path, expectedHits));
    }

    private String request(String path, int expectedHits) {
        try {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            if (expectedHits >= 0) {
                assertThat(html.split("class=\"search-hit\"").length - 1).as(path).isEqualTo(expectedHits);
            }
            return html;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportedItem item(String title) {
        return new ImportedItem(null, new ItemInput("A", title, "姿", "2029", "方策"), List.of());
    }

    private void publishedRoadmap(String municipality, List<ImportedItem> items) {
        CurrentActor.asSystem(() -> {
            RoadmapDocument created = editing.createWithItems(municipality, "nagasaki-9-10", new ArrayList<>(items));
            return lifecycle.recordAlreadyPublished(created.roadmap().id(), created.roadmap().version());
        });
    }

    private void inRolledBackTestPrefecture(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("INSERT INTO prefecture (code, name, name_en) SELECT ?, '件数県', 'Count' FROM prefecture WHERE code = '42' "
                    + "AND NOT EXISTS (SELECT 1 FROM prefecture WHERE code = ?)").params(PREFECTURE, PREFECTURE).update();
            for (String code : MUNICIPALITIES) {
                jdbc.sql("INSERT INTO municipality (code, prefecture_code, name, name_en) VALUES (?, ?, ?, ?)")
                        .params(code, PREFECTURE, "件数市" + code, "Count " + code).update();
            }
            work.run();
        });
    }
}
