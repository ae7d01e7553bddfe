package org.careroadmap.progress;

import java.util.Arrays;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.TransactionMemory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prefecture's progress rounds and the municipalities' progress reports, with plain SQL (H2 and PostgreSQL).
 * A report is saved only if nobody changed it since it was read (its version); two first saves meet the unique key.
 */
@Repository
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgressRound> rounds(String prefecture) {
        return jdbc.sql("SELECT id, prefecture_code, fiscal_year, deadline, opened_at, opened_by FROM progress_round "
                        + "WHERE prefecture_code = ? ORDER BY fiscal_year DESC")
                .param(prefecture)
                .query((rs, n) -> new ProgressRound(rs.getLong(1), rs.getString(2), FiscalYear.of(rs.getInt(3)),
                        rs.getDate(4).toLocalDate(), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    void insert(ProgressRound round) {
        try {
            jdbc.sql("INSERT INTO progress_round (prefecture_code, fiscal_year, deadline, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)")
                    .params(round.prefectureCode(), round.fiscalYear().value(), Date.valueOf(round.deadline()),
                            Timestamp.from(round.openedAt()), round.openedBy())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProgressConflictException("progress.round.duplicate");
        }
    }

    private static final String REPORT_COLUMNS = "id, roadmap_id, municipality_code, fiscal_year, status, return_reason, "
            + "submitted_at, updated_at, version";

    /** The report, read once per transaction (each write of a batch checks it is still open) until it is saved. */
    Optional<ProgressReport> report(long roadmapId, FiscalYear year) {
        return TransactionMemory.remembered(new ReadReport(roadmapId, year.value()), () -> jdbc.sql(
                        "SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE roadmap_id = ? AND fiscal_year = ?")
                .params(roadmapId, year.value()).query(ReportStore::report).optional());
    }

    /** A report read in this transaction. */
    private record ReadReport(long roadmapId, int fiscalYear) {
    }

    List<ProgressReport> reports(long roadmapId) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE roadmap_id = ? ORDER BY fiscal_year")
                .param(roadmapId).query(ReportStore::report).list();
    }

    /** Every report of a prefecture's municipalities for one year. */
    List<ProgressReport> reports(String prefecture, FiscalYear year) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE fiscal_year = ? "
                        + "AND municipality_code >= ? AND municipality_code < ? ORDER BY municipality_code")
                .params(year.value(), prefecture, new PrefectureCode(prefecture).upperBound())
                .query(ReportStore::report).list();
    }

    private static ProgressReport report(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp(7);
        return new ProgressReport(rs.getLong(1), rs.getLong(2), rs.getString(3), FiscalYear.of(rs.getInt(4)),
                ReportStatus.valueOf(rs.getString(5)), rs.getString(6), submitted == null ? null : submitted.toInstant(),
                rs.getTimestamp(8).toInstant(), rs.getLong(9));
    }

    /** Saves the report's new state if nobody changed it since {@code expectedVersion}; false otherwise. */
    boolean save(ProgressReport r, long expectedVersion) {
        TransactionMemory.forget(key -> key.equals(new ReadReport(r.roadmapId(), r.fiscalYear().value())));
        if (r.id() == null) {
            try {
                jdbc.sql("INSERT INTO progress_report (roadmap_id, municipality_code, fiscal_year, status, return_reason, "
                                + "submitted_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(Arrays.asList(r.roadmapId(), r.municipalityCode(), r.fiscalYear().value(), r.status().name(),
                                r.returnReason(), r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()),
                                Timestamp.from(r.updatedAt()), r.version()))
                        .update();
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("UPDATE progress_report SET status = ?, return_reason = ?, submitted_at = ?, updated_at = ?, "
                        + "version = ? WHERE id = ? AND version = ?")
                .params(Arrays.asList(r.status().name(), r.returnReason(), r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()),
                        Timestamp.from(r.updatedAt()), r.version(), r.id(), expectedVersion))
                .update() == 1;
    }

}
