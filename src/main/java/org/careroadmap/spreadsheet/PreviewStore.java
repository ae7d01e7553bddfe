package org.careroadmap.spreadsheet;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ImportedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Import previews waiting for confirmation, in the database (table {@code import_preview}) so that any
 * node can show or apply a preview another node made, under unguessable tokens. A preview is found only
 * by the person who made it and expires after {@code app.spreadsheet.preview-ttl}. Each account holds at
 * most {@code app.spreadsheet.max-previews-per-account}: its own oldest is dropped beyond that, so one
 * person's uploads never push out another's. A token is used once: taking it deletes the row, and of two
 * simultaneous confirmations only the one whose delete succeeds gets the preview.
 */
@Component
class PreviewStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReferenceData reference;
    private final SecureRandom random = new SecureRandom();
    private final SpreadsheetProperties properties;
    private final Clock clock;

    PreviewStore(JdbcClient jdbc, ObjectMapper json, ReferenceData reference, SpreadsheetProperties properties,
                 Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    ImportPreview hold(ImportPreview preview) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM import_preview WHERE expires_at <= ?").param(Timestamp.from(now)).update();
        makeRoomFor(preview.owner());
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RoadmapTemplate template = Objects.requireNonNull(preview.template(), "only a preview of a known edition is held");
        Instant expiry = now.plus(properties.previewTtl());
        ImportPreview held = preview.withToken(token, expiry);
        jdbc.sql("""
                INSERT INTO import_preview (token, owner, roadmap_id, municipality_code, template_id, base_version,
                                            created_at, expires_at, content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                // As a list: roadmap_id is null for a new roadmap, which params(Object...) does not declare.
                .params(Arrays.asList(token, held.owner(), held.roadmapId(), held.municipality().code().value(),
                        template.id(), held.baseVersion(), Timestamp.from(now), Timestamp.from(expiry),
                        json.writeValueAsString(Content.of(held))))
                .update();
        return held;
    }

    /** Drops the owner's oldest previews until one more fits in the quota. */
    private void makeRoomFor(String owner) {
        List<String> tokens = jdbc.sql("SELECT token FROM import_preview WHERE owner = ? ORDER BY created_at DESC, token")
                .param(owner).query(String.class).list();
        for (String token : tokens.subList(Math.min(tokens.size(), properties.maxPreviewsPerAccount() - 1),
                tokens.size())) {
            jdbc.sql("DELETE FROM import_preview WHERE token = ?").param(token).update();
        }
    }

    Optional<ImportPreview> find(String token, String owner) {
        if (token == null || owner == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT token, owner, roadmap_id, municipality_code, template_id, base_version, expires_at, content
                FROM import_preview WHERE token = ? AND owner = ? AND expires_at > ?""")
                .params(token, owner, Timestamp.from(clock.instant()))
                .query(this::row).optional().flatMap(this::preview);
    }

    Optional<ImportPreview> take(String token, String owner) {
        return find(token, owner).filter(p -> jdbc.sql("DELETE FROM import_preview WHERE token = ? AND owner = ?")
                .params(token, owner).update() == 1);
    }

    /** A stored preview as read, before its municipality and template are looked up. */
    private record Row(String token, String owner, Long roadmapId, String municipalityCode, String templateId,
                       long baseVersion, Timestamp expiresAt, String content) {
    }

    // Only the columns here: looking up reference data while the result set is open would take a second
    // connection from the pool per request, and parallel confirmations would then wait for each other's.
    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getTimestamp(7), rs.getString(8));
    }

    /** The preview of a row; none if its municipality or template edition has gone since. */
    private Optional<ImportPreview> preview(Row row) {
        Optional<Municipality> municipality = reference.municipality(new MunicipalityCode(row.municipalityCode()));
        Optional<RoadmapTemplate> template = reference.template(row.templateId());
        if (municipality.isEmpty() || template.isEmpty()) {
            return Optional.empty();
        }
        Content content = json.readValue(row.content(), Content.class);
        return Optional.of(new ImportPreview(row.token(), row.expiresAt().toInstant(), row.owner(),
                row.roadmapId(), municipality.get(), template.get(), row.baseVersion(),
                content.sheetName(), content.changes(), content.orderChanged(), List.of(), content.notes(),
                content.items()));
    }

    /** The stored form of what the person is asked to confirm; only applicable previews are stored. */
    record Content(String sheetName, List<ItemChange> changes, boolean orderChanged, List<FieldProblem> notes,
                   List<ImportedItem> items) {

        static Content of(ImportPreview preview) {
            return new Content(preview.sheetName(), preview.changes(), preview.orderChanged(), preview.notes(),
                    preview.items());
        }
    }
}
