package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the modules' change counts are raised and read, on tables of the test's own shape (H2 and
 * PostgreSQL): a transaction raises a row once however often it changes things, each call raises outside one, a
 * code without a row gets it at its first change (for a count of known prefectures, only a prefecture's code), and a
 * single count is its table's one row.
 */
@SharedContextTest
class ChangeCounterTest {

    static final String PER_PREFECTURE = "change_counter_test_prefecture";
    static final String SINGLE = "change_counter_test_single";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    ChangeCounter perPrefecture;
    ChangeCounter single;

    @BeforeEach
    void tablesOfTheCountsShape() {
        dropThem();
        jdbc.sql("CREATE TABLE " + PER_PREFECTURE + " (prefecture_code VARCHAR(2) NOT NULL PRIMARY KEY, changes BIGINT NOT NULL)")
                .update();
        jdbc.sql("INSERT INTO " + PER_PREFECTURE + " (prefecture_code, changes) VALUES ('42', 5), ('43', 0)").update();
        jdbc.sql("CREATE TABLE " + SINGLE + " (id INTEGER NOT NULL PRIMARY KEY, changes BIGINT NOT NULL)").update();
        jdbc.sql("INSERT INTO " + SINGLE + " (id, changes) VALUES (1, 0)").update();
        perPrefecture = ChangeCounter.perPrefecture(jdbc, PER_PREFECTURE);
        single = ChangeCounter.single(jdbc, SINGLE);
    }

    @AfterEach
    void dropThem() {
        jdbc.sql("DROP TABLE IF EXISTS " + PER_PREFECTURE).update();
        jdbc.sql("DROP TABLE IF EXISTS " + SINGLE).update();
    }

    @Test
    void aTransactionRaisesEachRowOnceHoweverOftenItChangesThings() {
        List<String> sent = StatementCounting.during(() -> new TransactionTemplate(transactions).execute(tx -> {
            perPrefecture.raise("42");
            perPrefecture.raise("42");
            perPrefecture.raise("43");
            perPrefecture.raise("42");
            single.raise();
            single.raise();
            return null;
        }));

        assertThat(sent.stream().filter(s -> s.startsWith("UPDATE"))).hasSize(3);
        assertThat(perPrefecture.of("42")).isEqualTo(6);
        assertThat(perPrefecture.of("43")).isEqualTo(1);
        assertThat(perPrefecture.sum()).isEqualTo(7);
        assertThat(single.sum()).isEqualTo(1);
    }

    @Test
    void outsideATransactionEveryRaiseCounts() {
        perPrefecture.raise("43");
        perPrefecture.raise("43");
        single.raise();
        single.raise();

        assertThat(perPrefecture.of("43")).isEqualTo(2);
        assertThat(single.sum()).isEqualTo(2);
    }

    @Test
    void aCodeWithoutARowGetsItAtItsFirstChange() {
        assertThat(perPrefecture.of("99")).isZero();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            perPrefecture.raise("99");
            perPrefecture.raise("99");
        });

        assertThat(perPrefecture.of("99")).isEqualTo(1);
    }

    @Test
    void aCountOfKnownPrefecturesMakesARowForAPrefectureOnlyAndAnotherCodeNone() {
        ChangeCounter known = ChangeCounter.perKnownPrefecture(jdbc, PER_PREFECTURE);
        jdbc.sql("DELETE FROM " + PER_PREFECTURE + " WHERE prefecture_code = '42'").update();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            known.raise("42");
            known.raise("99");
        });

        assertThat(known.of("42")).as("長崎県 is a prefecture of the reference data").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + PER_PREFECTURE + " WHERE prefecture_code = '99'").query(Long.class)
                .single()).as("no prefecture 99").isZero();
    }

    @Test
    void aTransactionRolledBackLeavesTheCountAsItWas() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            perPrefecture.raise("42");
            tx.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(tx -> perPrefecture.raise("42"));

        assertThat(perPrefecture.of("42")).as("the next transaction raises again").isEqualTo(6);
    }
}
