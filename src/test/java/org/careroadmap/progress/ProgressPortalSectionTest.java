package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's progress column of a prefecture holds exactly the municipalities whose six-digit codes lie in the
 * prefecture's range, its first and last possible codes included and the neighbouring prefectures' excluded, and
 * asks the database for that range rather than a LIKE prefix (which an index on the code cannot serve under
 * PostgreSQL's usual collations). Published reports written straight into the table, on H2 and PostgreSQL.
 */
@SharedContextTest
class ProgressPortalSectionTest {

    static final List<String> CODES = List.of("419999", "420000", "429999", "430000");
    static final int FIRST_YEAR = 2095;

    @Autowired
    ProgressPortalSection section;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void onePublishedReportPerCodeAtTheEdgesOfNagasaki() {
        removeThem();
        long roadmap = jdbc.sql("SELECT MIN(id) FROM roadmap").query(Long.class).single();
        for (int i = 0; i < CODES.size(); i++) {
            jdbc.sql("""
                    INSERT INTO progress_report (roadmap_id, municipality_code, fiscal_year, status, updated_at, version)
                    VALUES (?, ?, ?, 'PUBLISHED', ?, 1)""")
                    .params(roadmap, CODES.get(i), FIRST_YEAR + i, Timestamp.from(Instant.now())).update();
        }
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM progress_report WHERE fiscal_year >= ?").param(FIRST_YEAR).update();
    }

    @Test
    void aPrefectureHoldsItsFirstAndLastPossibleCodesAndNoneOfItsNeighbours() {
        assertThat(section.forPrefecture("42", Locale.JAPANESE).keySet()).contains("420000", "429999")
                .doesNotContain("419999", "430000");
        assertThat(section.forPrefecture("43", Locale.JAPANESE).keySet()).contains("430000")
                .doesNotContain("420000", "429999", "419999");
        assertThat(section.forPrefecture("41", Locale.JAPANESE).keySet()).contains("419999")
                .doesNotContain("420000", "430000");
        assertThat(section.forMunicipality("429999", Locale.JAPANESE)).isPresent();
        assertThat(section.forMunicipality("429998", Locale.JAPANESE)).isEmpty();
        assertThat(section.forPrefecture("4%", Locale.JAPANESE)).as("not a prefecture code").isEmpty();
    }

    @Test
    void aPrefectureIsAskedForAsTheRangeOfItsCodes() {
        List<String> sent = StatementCounting.during(() -> section.forPrefecture("42", Locale.JAPANESE));

        assertThat(sent).singleElement().asString().contains("r.municipality_code >= ? AND r.municipality_code < ?")
                .doesNotContain("LIKE");
    }
}
