package org.careroadmap.resourcemap;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * Open-data import: an upload is read into a preview kept in the database (so any node can show and apply it),
 * then applied all or nothing when the editor confirms. Re-importing the same file changes nothing; fields the
 * file's layout does not carry (hours of a care file, night contacts, the area) are kept as they are.
 */
@Service
public class ResourceImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<ImportPreview.Problem>> PROBLEMS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** At most about four progress writes a second, whatever the file's size. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final ResourceService resources;
    private final ResourceStore store;
    private final ResourceHistory history;
    private final ResourceKinds kinds;
    private final JdbcClient jdbc;
    private final ImportProgresses progresses;
    private final long maxBytes;
    private final int maxRows;
    private final Duration ttl;

    ResourceImports(ResourceService resources, ResourceStore store, ResourceHistory history, ResourceKinds kinds, JdbcClient jdbc,
                    ImportProgresses progresses,
                    @Value("${app.resourcemap.import.max-size:10MB}") org.springframework.util.unit.DataSize maxSize,
                    @Value("${app.resourcemap.import.max-rows:30000}") int maxRows,
                    @Value("${app.resourcemap.import.preview-ttl:2h}") Duration ttl) {
        this.resources = resources;
        this.store = store;
        this.history = history;
        this.kinds = kinds;
        this.jdbc = jdbc;
        this.progresses = progresses;
        this.maxBytes = maxSize.toBytes();
        this.maxRows = maxRows;
        this.ttl = ttl;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Reads the file and keeps its preview; a file that cannot be read at all (encoding, layout, size) is
     * refused with {@link InvalidValueException} and nothing is kept.
     */
    @Transactional
    public String preview(String municipalityCode, @Nullable String fileName, byte[] bytes) {
        return preview(municipalityCode, fileName, bytes, null);
    }

    /**
     * The same, telling how far the reading has come under {@code progressId} (made for the upload form by
     * {@link ImportProgresses#newId()}; null or any other text: nobody watches), for the form's progress bar.
     */
    @Transactional
    public String preview(String municipalityCode, @Nullable String fileName, byte[] bytes,
                          @Nullable String progressId) {
        Actor actor = resources.requireEditor(municipalityCode);
        if (bytes.length > maxBytes) {
            throw new InvalidValueException("resourcemap.import.tooLarge", maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new InvalidValueException("resourcemap.import.empty");
        }
        ImportProgressListener progress = progressOf(progressId, actor);
        OpenDataReader.Result read = OpenDataReader.read(bytes, municipalityCode,
                kinds.of(municipalityCode.substring(0, 2)), maxRows, progress);
        Instant now = resources.clock().instant();
        jdbc.sql("DELETE FROM resource_import WHERE expires_at < ?").param(Timestamp.from(now)).update();
        String token = UUID.randomUUID().toString();
        List<ImportPreview.Problem> problems = read.problems().stream()
                .map(p -> new ImportPreview.Problem(p.line(), p.column(), p.messageKey(), p.arguments().stream()
                        .map(a -> (Object) String.valueOf(a)).toList()))
                .limit(1000).toList();
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        jdbc.sql("INSERT INTO resource_import (token, municipality_code, dataset, layout, encoding, file_name, row_count, "
                        + "problems, notes, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(token, municipalityCode, read.layout().dataset, read.layout().name(), read.encoding(),
                        name.length() > 200 ? name.substring(0, 200) : name, read.recordCount(),
                        JSON.writeValueAsString(problems), JSON.writeValueAsString(read.ignoredColumns()),
                        actor.recordedName(), Timestamp.from(now), Timestamp.from(now.plus(ttl)))
                .update();
        keepRows(token, read.rows(), progress);
        return token;
    }

    /** Reports to the database, outside this transaction and throttled; an id not of ours reports nowhere. */
    private ImportProgressListener progressOf(@Nullable String progressId, Actor actor) {
        if (progressId == null || !ImportProgresses.isId(progressId)) {
            return ImportProgressListener.NONE;
        }
        return new ThrottledProgress(p -> progresses.write(progressId, actor.requiredUsername(), p), resources.clock()::millis,
                PROGRESS_INTERVAL);
    }

    private void keepRows(String token, List<OpenDataReader.Row> rows, ImportProgressListener progress) {
        int position = 0;
        for (OpenDataReader.Row row : rows) {
            Map<String, String> stored = new LinkedHashMap<>(row.fields());
            stored.put("_line", Integer.toString(row.line()));
            jdbc.sql("INSERT INTO resource_import_row (token, position, content) VALUES (?, ?, ?)")
                    .params(token, position++, JSON.writeValueAsString(stored)).update();
            if (position % OpenDataReader.REPORT_EVERY_ROWS == 0 || position == rows.size()) {
                progress.reached(new ImportProgress(ImportProgress.Phase.SAVING, position, rows.size()));
            }
        }
        progress.reached(new ImportProgress(ImportProgress.Phase.DONE, rows.size(), rows.size()));
    }

    @Transactional(readOnly = true)
    public ImportPreview show(String token) {
        Stored stored = load(token);
        resources.requireEditor(stored.municipalityCode);
        return plan(stored);
    }

    /** The counts of what was applied: added, changed, unchanged. */
    public record Applied(String municipalityCode, long added, long changed, long unchanged) {
    }

    /** Applies every planned change in one transaction, or nothing: a stale resource or a second apply is a 409. */
    @Transactional
    public Applied apply(String token) {
        Stored stored = load(token);
        Actor actor = resources.requireEditor(stored.municipalityCode);
        ImportPreview preview = plan(stored);
        if (!preview.problems().isEmpty()) {
            throw new InvalidValueException("resourcemap.import.hasProblems", preview.problems().size());
        }
        if (preview.appliedAt() != null
                || jdbc.sql("UPDATE resource_import SET applied_at = ? WHERE token = ? AND applied_at IS NULL")
                .params(Timestamp.from(resources.clock().instant()), token).update() != 1) {
            throw new ResourceChangedException("import " + token + " already applied");
        }
        Instant now = resources.clock().instant();
        for (Merged m : merge(stored)) {
            if (m.existing == null) {
                long id;
                try {
                    id = store.insert(stored.municipalityCode, m.content, resources.fold(m.content.searchableText()),
                        resources.today(), actor.recordedName(), actor.recordedName(), now);
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    // Someone added the same ID meanwhile: the whole import is undone, and the answer is a 409.
                    throw new DuplicateSourceIdException(m.content.sourceId());
                }
                history.record(id, stored.municipalityCode, "imported",
                        ContentFields.describe(ContentFields.changes(null, m.content)), actor.recordedName(), now);
            } else if (!m.changes.isEmpty()) {
                if (!store.update(m.existing.id(), m.existing.version(), m.content, resources.fold(m.content.searchableText()),
                        actor.recordedName(), now)) {
                    throw new ResourceChangedException("resource " + m.existing.id());
                }
                history.record(m.existing.id(), stored.municipalityCode, "imported", ContentFields.describe(m.changes),
                        actor.recordedName(), now);
            }
        }
        return new Applied(stored.municipalityCode, preview.count(ImportPreview.Action.ADD),
                preview.count(ImportPreview.Action.CHANGE), preview.count(ImportPreview.Action.SAME));
    }

    private record Stored(String token, String municipalityCode, String dataset, String layout, String encoding,
                          String fileName, int rowCount, List<ImportPreview.Problem> problems, List<String> ignored,
                          Instant createdAt, @Nullable Instant appliedAt, List<Map<String, String>> rows) {
    }

    private record Merged(int line, @Nullable Resource existing, ResourceContent content, List<ContentFields.Change> changes) {
    }

    private Stored load(String token) {
        Instant now = resources.clock().instant();
        Optional<Stored> found = jdbc.sql("SELECT token, municipality_code, dataset, layout, encoding, file_name, row_count, "
                        + "problems, notes, created_at, applied_at FROM resource_import WHERE token = ? AND expires_at >= ?")
                .params(token, Timestamp.from(now))
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), JSON.readValue(rs.getString(8), PROBLEMS),
                        JSON.readValue(rs.getString(9), STRINGS), rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), List.of()))
                .optional();
        Stored s = found.orElseThrow(() -> new ResourceNotFoundException("import " + token));
        List<Map<String, String>> rows = jdbc.sql("SELECT content FROM resource_import_row WHERE token = ? ORDER BY position")
                .param(token).query((rs, n) -> JSON.readValue(rs.getString(1), FIELDS)).list();
        return new Stored(s.token, s.municipalityCode, s.dataset, s.layout, s.encoding, s.fileName, s.rowCount, s.problems,
                s.ignored, s.createdAt, s.appliedAt, rows);
    }

    private ImportPreview plan(Stored stored) {
        List<ImportPreview.Planned> planned = new ArrayList<>();
        if (stored.problems.isEmpty()) {
            for (Merged m : merge(stored)) {
                ImportPreview.Action action = m.existing == null ? ImportPreview.Action.ADD
                        : m.changes.isEmpty() ? ImportPreview.Action.SAME : ImportPreview.Action.CHANGE;
                planned.add(new ImportPreview.Planned(m.line, m.content.sourceId(), m.content.name(), action, m.changes));
            }
        }
        return new ImportPreview(stored.token, stored.municipalityCode, stored.dataset, stored.layout, stored.encoding,
                stored.fileName, stored.rowCount, stored.problems, stored.ignored, planned, stored.createdAt, stored.appliedAt);
    }

    private List<Merged> merge(Stored stored) {
        Map<String, Resource> existing = new LinkedHashMap<>();
        Map<String, Resource> byOfficeCode = new LinkedHashMap<>();
        for (Resource r : store.ofMunicipality(stored.municipalityCode)) {
            existing.put(r.content().sourceId(), r);
            if (r.content().officeCode() != null) {
                byOfficeCode.putIfAbsent(r.content().officeCode(), r);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (Map<String, String> row : stored.rows) {
            Map<String, String> fields = new LinkedHashMap<>(row);
            int line = Integer.parseInt(fields.remove("_line"));
            ContentFields.Parsed parsed = ContentFields.parse(fields);
            if (parsed.content() == null) {
                throw new InvalidValueException("resourcemap.import.hasProblems", parsed.problems().size());
            }
            // The same office under another ID (a re-numbered file) is still the same office.
            Resource current = existing.get(parsed.content().sourceId());
            if (current == null && parsed.content().officeCode() != null) {
                current = byOfficeCode.get(parsed.content().officeCode());
            }
            ResourceContent content = current == null ? parsed.content()
                    : keepWhatTheFileDoesNotCarry(current.content(), parsed.content(), stored.dataset);
            merged.add(new Merged(line, current, content,
                    current == null ? List.of() : ContentFields.changes(current.content(), content)));
        }
        return merged;
    }

    /**
     * The national layouts carry no night contacts, areas or (for care services) opening times: an import keeps
     * what the editor entered for those, and for a care file also the kind, which the file only suggests.
     */
    static ResourceContent keepWhatTheFileDoesNotCarry(ResourceContent current, ResourceContent file, String dataset) {
        boolean care = dataset.equals("care_service");
        NightCare night = new NightCare(current.night().contact(), care ? current.night().note() : file.night().note(),
                current.night().open24h(), current.night().homeVisits(), current.night().endOfLifeCare(),
                current.night().palliativeCare());
        return new ResourceContent(file.sourceId(), care ? current.kindCode() : file.kindCode(), file.name(), file.nameKana(),
                file.nameEn(), file.address(), file.coordinates(), file.contact(), file.corporateNumber(), file.corporateName(),
                file.officeCode(), file.services(), care ? current.hours() : file.hours(), file.availableDays(), file.hoursNote(),
                care ? file.capacity() : current.capacity(), care ? current.beds() : file.beds(),
                care ? current.closedOnHolidays() : file.closedOnHolidays(), current.closedYearEnd(), night,
                current.areaCode(), file.remarks());
    }
}
