package org.careroadmap.resourcemap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** Proposals in the database; a waiting one holds its resource in {@code pending_resource_id} (one per resource). */
@Repository
class ProposalStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };
    private static final String COLUMNS = "id, resource_id, municipality_code, content, note, proposed_by, proposed_at, "
            + "status, decided_by, decided_at, decision";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new proposal's id; {@link ProposalPendingException} if one already waits for the resource. */
    long insert(long resourceId, String municipalityCode, Map<String, String> fields, @Nullable String note, String by,
                Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO resource_proposal (resource_id, municipality_code, pending_resource_id, content, note, "
                            + "proposed_by, proposed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    // A list, not varargs: the note may be null (SQL NULL), which only the list form is declared to take.
                    .params(Arrays.asList(resourceId, municipalityCode, resourceId, JSON.writeValueAsString(fields), note, by,
                            Timestamp.from(at), Proposal.PENDING))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw ProposalPendingException.alreadyWaiting(resourceId);
        }
        return Objects.requireNonNull(keys.getKey(), "the database returns the new row's id").longValue();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resource_proposal WHERE id = ?").param(id)
                .query(ProposalStore::row).optional();
    }

    List<Proposal> pendingIn(String municipalityCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resource_proposal WHERE municipality_code = ? AND status = ? "
                        + "ORDER BY proposed_at, id")
                .params(municipalityCode, Proposal.PENDING).query(ProposalStore::row).list();
    }

    /** The latest proposals of some resources (a provider's own), newest first. */
    List<Proposal> latestOf(List<Long> resourceIds, int limit) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(resourceIds.size(), "?"));
        return jdbc.sql("SELECT " + COLUMNS + " FROM resource_proposal WHERE resource_id IN (" + marks + ") "
                        + "ORDER BY proposed_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(resourceIds.toArray()).query(ProposalStore::row).list();
    }

    /** Records the decision if the proposal still waits; false if someone decided it meanwhile. */
    boolean decide(long id, String status, String by, Instant at, String decision) {
        return jdbc.sql("UPDATE resource_proposal SET status = ?, pending_resource_id = NULL, decided_by = ?, "
                        + "decided_at = ?, decision = ? WHERE id = ? AND status = ?")
                .params(status, by, Timestamp.from(at), decision, id, Proposal.PENDING).update() == 1;
    }

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp(10);
        return new Proposal(rs.getLong(1), rs.getLong(2), rs.getString(3), JSON.readValue(rs.getString(4), FIELDS),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString(11));
    }
}
