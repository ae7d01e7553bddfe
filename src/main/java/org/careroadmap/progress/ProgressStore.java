package org.careroadmap.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every row of the progress module, read and written with plain SQL that runs on H2 and PostgreSQL.
 * Upserts are an UPDATE followed, when nothing was there, by an INSERT; two people inserting the
 * same row at once meet the table's unique key, which the services turn into a 409.
 */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProgressStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // --- The prefecture's lists -----------------------------------------------------------------

    List<String> kinds(String prefecture) {
        return names("progress_activity_kind", prefecture);
    }

    List<String> professions(String prefecture) {
        return names("progress_profession", prefecture);
    }

    private List<String> names(String table, String prefecture) {
        List<String> own = jdbc.sql("SELECT name FROM " + table + " WHERE prefecture_code = ? ORDER BY position, name")
                .param(prefecture).query(String.class).list();
        if (!own.isEmpty()) {
            return own;
        }
        // A prefecture added after the migration starts from the lists of the first prefecture that has one.
        return jdbc.sql("SELECT name FROM " + table + " WHERE prefecture_code = (SELECT MIN(prefecture_code) FROM "
                + table + ") ORDER BY position, name").query(String.class).list();
    }

    void replaceNames(String table, String prefecture, List<String> names) {
        jdbc.sql("DELETE FROM " + table + " WHERE prefecture_code = ?").param(prefecture).update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("INSERT INTO " + table + " (prefecture_code, name, position) VALUES (?, ?, ?)")
                    .params(prefecture, names.get(i), i + 1).update();
        }
    }

    RatingScale scale(String prefecture) {
        List<Rating> own = ratings("WHERE prefecture_code = ?", prefecture);
        if (own.isEmpty()) {
            own = ratings("WHERE prefecture_code = (SELECT MIN(prefecture_code) FROM progress_rating)", null);
        }
        return new RatingScale(own);
    }

    private List<Rating> ratings(String where, String prefecture) {
        var sql = jdbc.sql("SELECT symbol, label, position, achieved, shortfall FROM progress_rating " + where
                + " ORDER BY position");
        if (prefecture != null) {
            sql = sql.param(prefecture);
        }
        return sql.query((rs, n) -> new Rating(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                rs.getBoolean(5))).list();
    }

    void replaceScale(String prefecture, RatingScale scale) {
        jdbc.sql("DELETE FROM progress_rating WHERE prefecture_code = ?").param(prefecture).update();
        int position = 1;
        for (Rating r : scale.ratings()) {
            jdbc.sql("INSERT INTO progress_rating (prefecture_code, symbol, label, position, achieved, shortfall) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(prefecture, r.symbol(), r.label(), position++, r.achieved(), r.shortfall()).update();
        }
    }

    // --- Activities -----------------------------------------------------------------------------

    private static final String ACTIVITY_COLUMNS = "id, roadmap_id, item_id, arrow_id, fiscal_year, kind, title, held_on, "
            + "participants, professions, note, created_at, created_by";

    List<Activity> activities(long roadmapId, FiscalYear year) {
        if (year == null) {
            return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + " FROM progress_activity WHERE roadmap_id = ? ORDER BY held_on, id")
                    .param(roadmapId).query(ProgressStore::activity).list();
        }
        return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + " FROM progress_activity WHERE roadmap_id = ? AND fiscal_year = ? ORDER BY held_on, id")
                .params(roadmapId, year.value()).query(ProgressStore::activity).list();
    }

    Optional<Activity> activity(long roadmapId, long id) {
        return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + " FROM progress_activity WHERE roadmap_id = ? AND id = ?")
                .params(roadmapId, id).query(ProgressStore::activity).optional();
    }

    long insert(Activity a) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO progress_activity (roadmap_id, item_id, arrow_id, fiscal_year, kind, title, held_on,
                    participants, professions, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.roadmapId(), a.itemId(), a.arrowId(), a.fiscalYear().value(), a.kind(), a.title(),
                        Date.valueOf(a.heldOn()), a.participants(), a.professionsText(), a.note(),
                        Timestamp.from(a.createdAt()), a.createdBy())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertAll(List<Activity> activities) {
        // One batch: a 5,000-row CSV is applied in one statement round trip per few hundred rows, not 5,000.
        batch.batchUpdate("""
                INSERT INTO progress_activity (roadmap_id, item_id, arrow_id, fiscal_year, kind, title, held_on,
                    participants, professions, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                activities, 500, (ps, a) -> {
                    ps.setLong(1, a.roadmapId());
                    ps.setString(2, a.itemId());
                    ps.setString(3, a.arrowId());
                    ps.setInt(4, a.fiscalYear().value());
                    ps.setString(5, a.kind());
                    ps.setString(6, a.title());
                    ps.setDate(7, Date.valueOf(a.heldOn()));
                    if (a.participants() == null) {
                        ps.setNull(8, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(8, a.participants());
                    }
                    ps.setString(9, a.professionsText());
                    ps.setString(10, a.note());
                    ps.setTimestamp(11, Timestamp.from(a.createdAt()));
                    ps.setString(12, a.createdBy());
                });
    }

    boolean deleteActivity(long roadmapId, long id) {
        return jdbc.sql("DELETE FROM progress_activity WHERE roadmap_id = ? AND id = ?").params(roadmapId, id).update() == 1;
    }

    private static Activity activity(ResultSet rs, int n) throws SQLException {
        int participants = rs.getInt(9);
        return new Activity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), FiscalYear.of(rs.getInt(5)),
                rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.wasNull() ? null : participants,
                ActivityReader.split(rs.getString(10)), rs.getString(11), rs.getTimestamp(12).toInstant(),
                rs.getString(13));
    }

    // --- Indicators -----------------------------------------------------------------------------

    List<Indicator> indicators(long roadmapId) {
        return indicators(List.of(roadmapId));
    }

    /** The indicators of several roadmaps with all their values, in two queries. */
    List<Indicator> indicators(Collection<Long> roadmapIds) {
        if (roadmapIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Integer, Indicator.YearValue>> values = new HashMap<>();
        jdbc.sql("""
                SELECT v.indicator_id, v.fiscal_year, v.target, v.actual FROM progress_indicator_value v
                JOIN progress_indicator i ON i.id = v.indicator_id WHERE i.roadmap_id IN (:ids)""")
                .param("ids", roadmapIds)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), new Indicator.YearValue(rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return jdbc.sql("""
                SELECT id, roadmap_id, item_id, name, unit, higher_is_better, source, source_kinds
                FROM progress_indicator WHERE roadmap_id IN (:ids) ORDER BY created_at, id""")
                .param("ids", roadmapIds)
                .query((rs, n) -> new Indicator(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), IndicatorSource.valueOf(rs.getString(7)),
                        ActivityReader.split(rs.getString(8)), values.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    long insert(Indicator i, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO progress_indicator (roadmap_id, item_id, name, unit, higher_is_better, source, source_kinds, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(i.roadmapId(), i.itemId(), i.name(), i.unit(), i.higherIsBetter(), i.source().name(),
                            String.join("、", i.kinds()), Timestamp.from(now))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new ProgressConflictException("progress.indicator.duplicate");
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean deleteIndicator(long roadmapId, long id) {
        return jdbc.sql("DELETE FROM progress_indicator WHERE roadmap_id = ? AND id = ?").params(roadmapId, id).update() == 1;
    }

    void putValue(long indicatorId, FiscalYear year, BigDecimal target, BigDecimal actual) {
        int changed = jdbc.sql("UPDATE progress_indicator_value SET target = ?, actual = ? WHERE indicator_id = ? AND fiscal_year = ?")
                .params(target, actual, indicatorId, year.value()).update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO progress_indicator_value (indicator_id, fiscal_year, target, actual) VALUES (?, ?, ?, ?)")
                        .params(indicatorId, year.value(), target, actual).update();
            } catch (DuplicateKeyException e) {
                throw new ProgressConflictException("progress.conflict.detail");
            }
        }
    }

    // --- Evaluations ----------------------------------------------------------------------------

    List<Evaluation> evaluations(long roadmapId) {
        return jdbc.sql("""
                SELECT item_id, fiscal_year, stage, done, rating, issues, next_steps, updated_at, updated_by
                FROM progress_evaluation WHERE roadmap_id = ? ORDER BY fiscal_year, item_id, stage""")
                .param(roadmapId).query(ProgressStore::evaluation).list();
    }

    private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new Evaluation(rs.getString(1), FiscalYear.of(rs.getInt(2)), EvaluationStage.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }

    /** Saves an evaluation with its item's category, so roll-ups need no roadmap reads. */
    void put(long roadmapId, Evaluation e, CategoryCode category) {
        int changed = jdbc.sql("""
                UPDATE progress_evaluation SET category = ?, done = ?, rating = ?, issues = ?, next_steps = ?, updated_at = ?, updated_by = ?
                WHERE roadmap_id = ? AND item_id = ? AND fiscal_year = ? AND stage = ?""")
                .params(category.name(), e.done(), e.rating(), e.issues(), e.nextSteps(), Timestamp.from(e.updatedAt()), e.updatedBy(),
                        roadmapId, e.itemId(), e.fiscalYear().value(), e.stage().name())
                .update();
        if (changed == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO progress_evaluation (roadmap_id, item_id, fiscal_year, stage, category, done, rating, issues,
                            next_steps, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(roadmapId, e.itemId(), e.fiscalYear().value(), e.stage().name(), category.name(), e.done(), e.rating(),
                                e.issues(), e.nextSteps(), Timestamp.from(e.updatedAt()), e.updatedBy())
                        .update();
            } catch (DuplicateKeyException ex) {
                throw new ProgressConflictException("progress.conflict.detail");
            }
        }
    }

    /** A year-end rating as the roll-up needs it. */
    record RatedItem(String itemId, CategoryCode category, String rating) {
    }

    /** Year-end ratings of many roadmaps for one year, by roadmap id. */
    Map<Long, List<RatedItem>> yearEndRatings(Collection<Long> roadmapIds, FiscalYear year) {
        Map<Long, List<RatedItem>> result = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT roadmap_id, item_id, category, rating FROM progress_evaluation
                WHERE roadmap_id IN (:ids) AND fiscal_year = :year AND stage = 'YEAR_END' AND rating IS NOT NULL""")
                .param("ids", roadmapIds).param("year", year.value())
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RatedItem(rs.getString(2), CategoryCode.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return result;
    }

    /** The fiscal years in which any of these roadmaps has a year-end rating. */
    List<Integer> ratedYears(Collection<Long> roadmapIds) {
        if (roadmapIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM progress_evaluation WHERE roadmap_id IN (:ids) "
                        + "AND stage = 'YEAR_END' AND rating IS NOT NULL ORDER BY fiscal_year")
                .param("ids", roadmapIds).query(Integer.class).list();
    }

    /** Activities of many roadmaps for one year, each without its free text (enough for indicators). */
    Map<Long, List<Activity>> activitiesForIndicators(Collection<Long> roadmapIds, FiscalYear year) {
        Map<Long, List<Activity>> result = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT id, roadmap_id, item_id, kind, held_on, participants FROM progress_activity
                WHERE roadmap_id IN (:ids) AND fiscal_year = :year""")
                .param("ids", roadmapIds).param("year", year.value())
                .query(rs -> {
                    int participants = rs.getInt(6);
                    Integer p = rs.wasNull() ? null : participants;
                    result.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Activity(rs.getLong(1),
                            rs.getLong(2), rs.getString(3), null, year, rs.getString(4), "-",
                            rs.getDate(5).toLocalDate(), p, List.of(), null, Instant.EPOCH, "-"));
                });
        return result;
    }

    // --- Arrow statuses -------------------------------------------------------------------------

    /** The roadmap's municipality, and the municipality's roadmaps older than this one (their versions) and their evaluations. */
    record EarlierState(String municipalityCode, long evaluations, String state) {
    }

    EarlierState earlierRoadmapsState(long roadmapId) {
        return jdbc.sql("""
                SELECT r.municipality_code,
                  (SELECT COUNT(*) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id),
                  CONCAT(
                  CAST((SELECT COUNT(*) FROM roadmap o WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(20)), '/',
                  CAST((SELECT COALESCE(SUM(o.version), 0) FROM roadmap o
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(30)), '/',
                  CAST((SELECT COALESCE(SUM(e.id), 0) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(30)), '/',
                  COALESCE(CAST((SELECT MAX(e.updated_at) FROM progress_evaluation e JOIN roadmap o ON o.id = e.roadmap_id
                        WHERE o.municipality_code = r.municipality_code AND o.id < r.id) AS VARCHAR(40)), '-'))
                FROM roadmap r WHERE r.id = ?""").param(roadmapId)
                .query((rs, n) -> new EarlierState(rs.getString(1), rs.getLong(2), rs.getLong(2) + "/" + rs.getString(3)))
                .optional().orElse(null);
    }

    Map<String, ArrowStatus> arrowStatuses(long roadmapId) {
        Map<String, ArrowStatus> result = new LinkedHashMap<>();
        jdbc.sql("SELECT arrow_id, status, note, noted_on, updated_by FROM progress_arrow_status WHERE roadmap_id = ?")
                .param(roadmapId)
                .query(rs -> {
                    result.put(rs.getString(1), new ArrowStatus(rs.getString(1), ArrowProgress.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)));
                });
        return result;
    }

    void put(long roadmapId, ArrowStatus s) {
        int changed = jdbc.sql("UPDATE progress_arrow_status SET status = ?, note = ?, noted_on = ?, updated_by = ? WHERE roadmap_id = ? AND arrow_id = ?")
                .params(s.status().name(), s.note(), Date.valueOf(s.notedOn()), s.updatedBy(), roadmapId, s.arrowId())
                .update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO progress_arrow_status (roadmap_id, arrow_id, status, note, noted_on, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(roadmapId, s.arrowId(), s.status().name(), s.note(), Date.valueOf(s.notedOn()), s.updatedBy())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ProgressConflictException("progress.conflict.detail");
            }
        }
    }

    // --- Rounds and reports ---------------------------------------------------------------------

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

    Optional<ProgressReport> report(long roadmapId, FiscalYear year) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE roadmap_id = ? AND fiscal_year = ?")
                .params(roadmapId, year.value()).query(ProgressStore::report).optional();
    }

    List<ProgressReport> reports(long roadmapId) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE roadmap_id = ? ORDER BY fiscal_year")
                .param(roadmapId).query(ProgressStore::report).list();
    }

    /** Every report of a prefecture's municipalities for one year. */
    List<ProgressReport> reports(String prefecture, FiscalYear year) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM progress_report WHERE fiscal_year = ? "
                        + "AND municipality_code >= ? AND municipality_code < ? ORDER BY municipality_code")
                .params(year.value(), prefecture, String.format("%02d", Integer.parseInt(prefecture) + 1))
                .query(ProgressStore::report).list();
    }

    private static ProgressReport report(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp(7);
        return new ProgressReport(rs.getLong(1), rs.getLong(2), rs.getString(3), FiscalYear.of(rs.getInt(4)),
                ReportStatus.valueOf(rs.getString(5)), rs.getString(6), submitted == null ? null : submitted.toInstant(),
                rs.getTimestamp(8).toInstant(), rs.getLong(9));
    }

    /** Saves the report's new state if nobody changed it since {@code expectedVersion}; false otherwise. */
    boolean save(ProgressReport r, long expectedVersion) {
        if (r.id() == null) {
            try {
                jdbc.sql("INSERT INTO progress_report (roadmap_id, municipality_code, fiscal_year, status, return_reason, "
                                + "submitted_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(r.roadmapId(), r.municipalityCode(), r.fiscalYear().value(), r.status().name(),
                                r.returnReason(), r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()),
                                Timestamp.from(r.updatedAt()), r.version())
                        .update();
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("UPDATE progress_report SET status = ?, return_reason = ?, submitted_at = ?, updated_at = ?, "
                        + "version = ? WHERE id = ? AND version = ?")
                .params(r.status().name(), r.returnReason(), r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()),
                        Timestamp.from(r.updatedAt()), r.version(), r.id(), expectedVersion)
                .update() == 1;
    }

    // --- CSV previews ---------------------------------------------------------------------------

    void insertPreview(String token, String owner, long roadmapId, int rows, String content, Instant now) {
        jdbc.sql("INSERT INTO progress_csv_preview (token, owner, roadmap_id, row_count, content, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(token, owner, roadmapId, rows, content, Timestamp.from(now)).update();
    }

    record StoredPreview(String token, String owner, long roadmapId, int rows, String content, Instant createdAt) {
    }

    Optional<StoredPreview> preview(String token) {
        return jdbc.sql("SELECT token, owner, roadmap_id, row_count, content, created_at FROM progress_csv_preview WHERE token = ?")
                .param(token)
                .query((rs, n) -> new StoredPreview(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Takes a preview for applying: only one request can take it, so it is applied at most once. */
    boolean takePreview(String token) {
        return jdbc.sql("DELETE FROM progress_csv_preview WHERE token = ?").param(token).update() == 1;
    }

    int deletePreviewsBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM progress_csv_preview WHERE created_at < ?").param(Timestamp.from(cutoff)).update();
    }
}
