package org.careroadmap.progress;

import java.util.Arrays;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.dao.DuplicateKeyException;
import org.careroadmap.platform.TransactionMemory;
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

    /** The prefecture's list, read once per transaction (a batch checks each row against it) until it is replaced. */
    private List<String> names(String table, String prefecture) {
        return TransactionMemory.remembered(new ReadList(table, prefecture), () -> List.copyOf(readNames(table, prefecture)));
    }

    /** A prefecture's list (a table's name, or "scale") read in this transaction. */
    private record ReadList(String table, String prefecture) { }

    private List<String> readNames(String table, String prefecture) {
        List<String> own = jdbc.sql("SELECT name FROM " + table + " WHERE prefecture_code = ? ORDER BY position, name")
                .param(prefecture).query(String.class).list();
        if (!own.isEmpty()) {
            return own;
        }
        // A prefecture without its own list (added after the migration) reads the defaults (V212) until it saves one.
        return jdbc.sql("SELECT name FROM progress_default_name WHERE list = ? ORDER BY position, name")
                .param(table).query(String.class).list();
    }

    void replaceNames(String table, String prefecture, List<String> names) {
        TransactionMemory.forget(key -> key.equals(new ReadList(table, prefecture)));
        jdbc.sql("DELETE FROM " + table + " WHERE prefecture_code = ?").param(prefecture).update();
        batch.batchUpdate("INSERT INTO " + table + " (prefecture_code, name, position) VALUES (?, ?, ?)",
                IntStream.range(0, names.size()).mapToObj(i -> new Object[] {prefecture, names.get(i), i + 1}).toList());
    }

    /** The prefecture's rating scale, read once per transaction (every evaluation saved checks its rating). */
    RatingScale scale(String prefecture) {
        return TransactionMemory.remembered(new ReadList("scale", prefecture), () -> readScale(prefecture));
    }

    private RatingScale readScale(String prefecture) {
        List<Rating> own = ratings(jdbc.sql("SELECT symbol, label, position, achieved, shortfall FROM progress_rating "
                + "WHERE prefecture_code = ? ORDER BY position").param(prefecture));
        // A prefecture without its own scale (added after the migration) reads the default (V212) until it saves one.
        return new RatingScale(own.isEmpty() ? ratings(jdbc.sql(
                "SELECT symbol, label, position, achieved, shortfall FROM progress_default_rating ORDER BY position")) : own);
    }

    private static List<Rating> ratings(JdbcClient.StatementSpec sql) {
        return sql.query((rs, n) -> new Rating(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                rs.getBoolean(5))).list();
    }

    void replaceScale(String prefecture, RatingScale scale) {
        TransactionMemory.forget(key -> key.equals(new ReadList("scale", prefecture)));
        jdbc.sql("DELETE FROM progress_rating WHERE prefecture_code = ?").param(prefecture).update();
        List<Rating> ratings = scale.ratings();
        batch.batchUpdate("INSERT INTO progress_rating (prefecture_code, symbol, label, position, achieved, shortfall) "
                + "VALUES (?, ?, ?, ?, ?, ?)", IntStream.range(0, ratings.size()).mapToObj(i -> new Object[] {prefecture,
                ratings.get(i).symbol(), ratings.get(i).label(), i + 1, ratings.get(i).achieved(), ratings.get(i).shortfall()}).toList());
    }

    // --- Activities -----------------------------------------------------------------------------

    private static final String ACTIVITY_COLUMNS = "id, roadmap_id, item_id, arrow_id, fiscal_year, kind, title, held_on, "
            + "participants, professions, note, created_at, created_by";

    /** The activities of one fiscal year, or of every year when {@code year} is null. */
    List<Activity> activities(long roadmapId, @Nullable FiscalYear year) {
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
                .params(Arrays.asList(a.roadmapId(), a.itemId(), a.arrowId(), a.fiscalYear().value(), a.kind(), a.title(),
                        Date.valueOf(a.heldOn()), a.participants(), a.professionsText(), a.note(),
                        Timestamp.from(a.createdAt()), a.createdBy()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "the insert returns its generated id").longValue();
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
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "the insert returns its generated id").longValue();
    }

    boolean deleteIndicator(long roadmapId, long id) {
        return jdbc.sql("DELETE FROM progress_indicator WHERE roadmap_id = ? AND id = ?").params(roadmapId, id).update() == 1;
    }

    void putValue(long indicatorId, FiscalYear year, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
        int changed = jdbc.sql("UPDATE progress_indicator_value SET target = ?, actual = ? WHERE indicator_id = ? AND fiscal_year = ?")
                .params(Arrays.asList(target, actual, indicatorId, year.value())).update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO progress_indicator_value (indicator_id, fiscal_year, target, actual) VALUES (?, ?, ?, ?)")
                        .params(Arrays.asList(indicatorId, year.value(), target, actual)).update();
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
                .params(Arrays.asList(category.name(), e.done(), e.rating(), e.issues(), e.nextSteps(), Timestamp.from(e.updatedAt()), e.updatedBy(),
                        roadmapId, e.itemId(), e.fiscalYear().value(), e.stage().name()))
                .update();
        if (changed == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO progress_evaluation (roadmap_id, item_id, fiscal_year, stage, category, done, rating, issues,
                            next_steps, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(Arrays.asList(roadmapId, e.itemId(), e.fiscalYear().value(), e.stage().name(), category.name(), e.done(), e.rating(),
                                e.issues(), e.nextSteps(), Timestamp.from(e.updatedAt()), e.updatedBy()))
                        .update();
            } catch (DuplicateKeyException ex) {
                throw new ProgressConflictException("progress.conflict.detail");
            }
        }
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
