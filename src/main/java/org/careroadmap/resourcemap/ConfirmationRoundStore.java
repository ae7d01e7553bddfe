package org.careroadmap.resourcemap;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.careroadmap.reference.FiscalYear;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 確認依頼 rounds and their per-resource requests in the database (one round per municipality and year). */
@Repository
class ConfirmationRoundStore {

    private static final String ROUND = "SELECT id, municipality_code, fiscal_year, deadline, started_by, started_at, "
            + "reminded_at, reminders FROM resource_confirmation_round ";

    private final JdbcClient jdbc;

    ConfirmationRoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the round with a request for every resource the municipality has now. */
    long start(String municipalityCode, FiscalYear year, LocalDate deadline, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO resource_confirmation_round (municipality_code, fiscal_year, deadline, started_by, "
                            + "started_at, reminders) VALUES (?, ?, ?, ?, ?, 0)")
                    .params(municipalityCode, year.value(), Date.valueOf(deadline), by, Timestamp.from(at))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new RoundExistsException(municipalityCode, year.value());
        }
        long id = Objects.requireNonNull(keys.getKey(), "the database returns the new row's id").longValue();
        jdbc.sql("INSERT INTO resource_confirmation_request (round_id, resource_id) "
                        + "SELECT ?, id FROM resource WHERE municipality_code = ?")
                .params(id, municipalityCode).update();
        return id;
    }

    Optional<ConfirmationRound> latest(String municipalityCode) {
        return jdbc.sql(ROUND + "WHERE municipality_code = ? ORDER BY fiscal_year DESC FETCH FIRST 1 ROWS ONLY")
                .param(municipalityCode).query(ConfirmationRoundStore::round).optional().map(this::withRequests);
    }

    Optional<ConfirmationRound> find(long id) {
        return jdbc.sql(ROUND + "WHERE id = ?").param(id).query(ConfirmationRoundStore::round).optional()
                .map(this::withRequests);
    }

    /** The requests of a round, in name order, with how many provider accounts each resource has. */
    private ConfirmationRound withRequests(ConfirmationRound round) {
        List<ConfirmationRound.Request> requests = jdbc.sql("SELECT q.resource_id, r.name, r.kind_code, q.answer, "
                        + "q.answered_by, q.answered_at, "
                        + "(SELECT COUNT(*) FROM resource_provider p WHERE p.resource_id = r.id) "
                        + "FROM resource_confirmation_request q JOIN resource r ON r.id = q.resource_id "
                        + "WHERE q.round_id = ? ORDER BY r.name, r.id")
                .param(round.id())
                .query(ConfirmationRoundStore::request).list();
        return new ConfirmationRound(round.id(), round.municipalityCode(), round.fiscalYear(), round.deadline(),
                round.startedBy(), round.startedAt(), round.remindedAt(), round.reminders(), requests);
    }

    private static ConfirmationRound.Request request(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp(6);
        return new ConfirmationRound.Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), answeredAt == null ? null : answeredAt.toInstant(), rs.getInt(7));
    }

    void remind(long roundId, Instant at) {
        jdbc.sql("UPDATE resource_confirmation_round SET reminded_at = ?, reminders = reminders + 1 WHERE id = ?")
                .params(Timestamp.from(at), roundId).update();
    }

    /** Answers the resource's request in the latest round that asked it, if still open there. */
    void answer(long resourceId, String answer, String by, Instant at) {
        jdbc.sql("UPDATE resource_confirmation_request SET answer = ?, answered_by = ?, answered_at = ? "
                        + "WHERE resource_id = ? AND answer IS NULL AND round_id = (SELECT MAX(round_id) "
                        + "FROM resource_confirmation_request WHERE resource_id = ?)")
                .params(answer, by, Timestamp.from(at), resourceId, resourceId).update();
    }

    /** The open request of a resource in its latest round: the round, or empty if answered or never asked. */
    Optional<ConfirmationRound> openRoundOf(long resourceId) {
        return jdbc.sql(ROUND + "WHERE id = (SELECT MAX(round_id) FROM resource_confirmation_request WHERE resource_id = ?) "
                        + "AND EXISTS (SELECT 1 FROM resource_confirmation_request q WHERE q.round_id = "
                        + "resource_confirmation_round.id AND q.resource_id = ? AND q.answer IS NULL)")
                .params(resourceId, resourceId).query(ConfirmationRoundStore::round).optional();
    }

    private static ConfirmationRound round(ResultSet rs, int n) throws SQLException {
        Timestamp reminded = rs.getTimestamp(7);
        return new ConfirmationRound(rs.getLong(1), rs.getString(2), FiscalYear.of(rs.getInt(3)),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getTimestamp(6).toInstant(),
                reminded == null ? null : reminded.toInstant(), rs.getInt(8), List.of());
    }

    /** The provider accounts linked to a resource whose request in the round is still open. */
    List<String> providersOfOpenRequests(long roundId) {
        return jdbc.sql("SELECT DISTINCT p.username FROM resource_confirmation_request r "
                        + "JOIN resource_provider p ON p.resource_id = r.resource_id "
                        + "WHERE r.round_id = ? AND r.answer IS NULL ORDER BY p.username")
                .param(roundId).query(String.class).list();
    }
}
