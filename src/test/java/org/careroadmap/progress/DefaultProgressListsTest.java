package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A prefecture inserted after the application started (as a data set load does) has the default rating scale,
 * activity kinds and professions (V212) until its administrator saves its own, whatever another prefecture edited.
 * Real database; the prefecture is rolled back.
 */
@SharedContextTest
class DefaultProgressListsTest {

    @Autowired
    ProgressStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPrefectureAddedAfterStartHasTheDefaultScaleAndListsNotAnotherPrefecturesEdits() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            String code = jdbc.sql("SELECT code FROM prefecture").query(String.class).list().contains("47") ? "46" : "47";
            jdbc.sql("DELETE FROM progress_rating WHERE prefecture_code = ?").param(code).update();
            jdbc.sql("INSERT INTO prefecture (code, name, name_en) SELECT ?, '試験県', 'Test' FROM prefecture WHERE code = '42' "
                    + "AND NOT EXISTS (SELECT 1 FROM prefecture WHERE code = ?)").params(code, code).update();
            store.replaceScale("42", RatingScale.parse("A よくできた 達成\nB できなかった 不十分"));
            store.replaceNames("progress_activity_kind", "42", List.of("県独自の会"));

            RatingScale scale = store.scale(code);
            assertThat(scale.ratings()).extracting(Rating::symbol).containsExactly("◎", "○", "△", "×", "－");
            assertThat(scale.ratings()).extracting(Rating::label).startsWith("達成できた", "概ね達成できた");
            assertThat(scale.achieved("○")).isTrue();
            assertThat(store.kinds(code)).startsWith("研修会", "勉強会").doesNotContain("県独自の会");
            assertThat(store.professions(code)).contains("医師", "ケアマネジャー");

            store.replaceScale(code, RatingScale.parse("S 十分 達成\nU 不十分 不十分"));
            assertThat(store.scale(code).ratings()).extracting(Rating::symbol).containsExactly("S", "U");
        });
    }
}
