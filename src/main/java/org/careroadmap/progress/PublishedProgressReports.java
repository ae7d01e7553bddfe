package org.careroadmap.progress;

import java.util.Optional;

import org.careroadmap.reference.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For other modules' public pages (the evaluation's 構築状況 page): where a municipality's published progress
 * report of a fiscal year is, if it has one. Reads only published reports, so the answer is public.
 */
@Component
public class PublishedProgressReports {

    private final JdbcClient jdbc;

    PublishedProgressReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The address of the published report (the latest edition's, if several roadmaps reported on the year). */
    public Optional<String> link(String municipalityCode, FiscalYear year) {
        return jdbc.sql("""
                SELECT roadmap_id FROM progress_report
                WHERE municipality_code = ? AND fiscal_year = ? AND status = 'PUBLISHED'
                ORDER BY roadmap_id DESC""")
                .params(municipalityCode, year.value()).query(Long.class).list().stream().findFirst()
                .map(roadmapId -> "/roadmaps/" + roadmapId + "/progress?year=" + year.value());
    }
}
