package org.careroadmap.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.csv.CsvException;
import org.careroadmap.platform.csv.CsvLimits;
import org.careroadmap.platform.csv.CsvReader;
import org.careroadmap.platform.csv.CsvRecord;
import org.careroadmap.platform.csv.CsvWriter;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The activity log as CSV: downloaded for Excel (UTF-8 with BOM, formula-safe cells), and uploaded
 * through a preview that is kept in the database — so any node can confirm it — and applied only
 * when the person confirms, all rows or none.
 */
@Service
@Transactional
public class ActivityCsv {

    /** The columns, in order; the first name of each is written, any name is read. */
    enum Column {
        FISCAL_YEAR(true, "年度", "fiscalYear", "fiscal year"),
        CATEGORY(false, "区分", "category"),
        ITEM(true, "項目", "item"),
        ARROW(false, "工程", "arrow"),
        KIND(true, "種類", "kind"),
        TITLE(true, "名称", "title"),
        HELD_ON(true, "日付", "date", "heldOn"),
        PARTICIPANTS(false, "参加人数", "participants"),
        PROFESSIONS(false, "職種", "professions"),
        NOTE(false, "備考", "note");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private static final TypeReference<List<ActivityInput>> ROWS = new TypeReference<>() {
    };

    private final ProgressGuard guard;
    private final ProgressStore store;
    private final ObjectMapper json;
    private final long maxBytes;
    private final int maxRows;
    private final Duration ttl;

    ActivityCsv(ProgressGuard guard, ProgressStore store, ObjectMapper json,
                @Value("${app.progress.csv.max-size:5MB}") org.springframework.util.unit.DataSize maxSize,
                @Value("${app.progress.csv.max-rows:10000}") int maxRows,
                @Value("${app.progress.csv.preview-ttl:30m}") Duration ttl) {
        this.guard = guard;
        this.store = store;
        this.json = json;
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

    /** Refuses (403) anyone but the municipality's editor before a file is even looked at. */
    @Transactional(readOnly = true)
    public void requireRecordable(long roadmapId) {
        guard.recordable(roadmapId);
    }

    /** The activities the reader may see (of one year, or all) as CSV bytes. */
    @Transactional(readOnly = true)
    public byte[] export(long roadmapId, @Nullable String fiscalYear) {
        RoadmapDocument doc = guard.readable(roadmapId);
        FiscalYear year = fiscalYear == null || fiscalYear.isBlank() ? null : guard.shownYear(doc, fiscalYear);
        List<FiscalYear> visible = guard.visibleYears(doc);
        CsvWriter csv = CsvWriter.alwaysQuoted().row(Arrays.stream(Column.values()).map(c -> c.names.get(0)).toList());
        for (Activity a : store.activities(roadmapId, year)) {
            if (!visible.contains(a.fiscalYear())) {
                continue;
            }
            RoadmapItem item = doc.roadmap().item(a.itemId()).orElse(null);
            String arrow = item == null || a.arrowId() == null ? "" : item.arrow(a.arrowId()).map(Arrow::label).orElse("");
            // As a list: a missing note is an empty field.
            csv.row(Arrays.asList(Integer.toString(a.fiscalYear().value()), item == null ? "" : item.category().name(),
                    item == null ? "" : item.title(), arrow, a.kind(), a.title(), a.heldOn().toString(),
                    a.participants() == null ? "" : a.participants().toString(), a.professionsText(), a.note()));
        }
        return csv.bytes();
    }

    /**
     * Reads an uploaded CSV into a preview. With any problem nothing is kept and the preview lists
     * every problem as 「行 12: 日付 — …」; without, the rows wait under a token for {@link #apply}.
     */
    public CsvPreview preview(long roadmapId, byte[] bytes) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        if (bytes.length > maxBytes) {
            throw new CsvTooLargeException(maxBytes);
        }
        store.deletePreviewsBefore(guard.clock().instant().minus(ttl));
        List<CsvRecord> records;
        try {
            records = CsvReader.read(bytes, CsvLimits.of(maxBytes, maxRows)).records();
        } catch (CsvException e) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("file", e.messageKey("progress.csv"), List.of(e.arguments()))));
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "progress.csv.empty", List.of())));
        }
        Map<Column, Integer> columns = header(records.get(0));
        List<ActivityInput> rows = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            rows.add(input(doc, columns, r));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "progress.csv.noRows", List.of())));
        }
        List<Integer> lines = records.subList(1, records.size()).stream().map(CsvRecord::line).toList();
        Read read = read(doc, rows, lines);
        if (!read.problems().isEmpty()) {
            return new CsvPreview(null, roadmapId, rows.size(), List.of(), read.problems());
        }
        for (FiscalYear y : read.years()) {
            guard.requireOpen(doc, y);
        }
        String token = UUID.randomUUID().toString();
        store.insertPreview(token, guard.actor().recordedName(), roadmapId, rows.size(),
                json.writeValueAsString(rows), guard.clock().instant());
        return new CsvPreview(token, roadmapId, rows.size(),
                read.activities().subList(0, Math.min(CsvPreview.SHOWN_ROWS, read.activities().size())), List.of());
    }

    /** A stored preview, again, for its owner. */
    @Transactional(readOnly = true)
    public CsvPreview show(@Nullable String token) {
        ProgressStore.StoredPreview stored = stored(token);
        RoadmapDocument doc = guard.recordable(stored.roadmapId());
        List<ActivityInput> rows = json.readValue(stored.content(), ROWS);
        Read read = read(doc, rows, null);
        return new CsvPreview(token, stored.roadmapId(), rows.size(),
                read.activities().subList(0, Math.min(CsvPreview.SHOWN_ROWS, read.activities().size())), read.problems());
    }

    /** Adds every row of the preview, or nothing: rows that no longer fit the roadmap refuse the whole file. */
    public int apply(@Nullable String token) {
        ProgressStore.StoredPreview stored = stored(token);
        RoadmapDocument doc = guard.recordable(stored.roadmapId());
        if (!store.takePreview(stored.token())) {
            throw new ProgressNotFoundException("preview " + token);
        }
        List<ActivityInput> rows = json.readValue(stored.content(), ROWS);
        Read read = read(doc, rows, null);
        if (!read.problems().isEmpty()) {
            throw new ProgressConflictException("progress.csv.stale");
        }
        for (FiscalYear y : read.years()) {
            guard.requireOpen(doc, y);
        }
        store.insertAll(read.activities());
        guard.record(doc, "progress.activity.imported", "ACTIVITY", null, Integer.toString(rows.size()), Map.of(),
                Map.of("rows", Integer.toString(rows.size())));
        return rows.size();
    }

    private ProgressStore.StoredPreview stored(@Nullable String token) {
        ProgressStore.StoredPreview stored = store.preview(token == null ? "" : token)
                .filter(p -> p.owner().equals(guard.actor().recordedName()))
                .filter(p -> p.createdAt().isAfter(guard.clock().instant().minus(ttl)))
                .orElseThrow(() -> new ProgressNotFoundException("preview"));
        return stored;
    }

    private record Read(List<Activity> activities, List<FieldProblem> problems, Set<FiscalYear> years) {
    }

    private Read read(RoadmapDocument doc, List<ActivityInput> rows, @Nullable List<Integer> lines) {
        String prefecture = doc.municipality().prefectureCode();
        ActivityReader reader = new ActivityReader(doc.roadmap(), doc.template(), store.kinds(prefecture),
                store.professions(prefecture));
        List<Activity> activities = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<FiscalYear> years = new LinkedHashSet<>();
        Instant now = guard.clock().instant();
        String actor = guard.actor().recordedName();
        for (int i = 0; i < rows.size(); i++) {
            int line = lines == null ? i + 2 : lines.get(i);
            InputReader one = new InputReader();
            Activity a = reader.read(rows.get(i), one, "", actor, now);
            try {
                one.throwIfAny();
            } catch (InvalidInputException e) {
                for (FieldProblem p : e.problems()) {
                    problems.add(new FieldProblem("row" + line + "." + p.field(), "progress.csv.row", List.of(line,
                            new DefaultMessageSourceResolvable(new String[] {"progress.field." + p.field()}, p.field()),
                            new DefaultMessageSourceResolvable(new String[] {p.messageKey()}, p.arguments().toArray(), p.messageKey()))));
                }
                continue;
            }
            if (a != null) {
                activities.add(a);
                years.add(a.fiscalYear());
            }
        }
        return new Read(activities, problems, years);
    }

    private static Map<Column, Integer> header(CsvRecord header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            for (Column c : Column.values()) {
                if (c.names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                    columns.putIfAbsent(c, i);
                }
            }
        }
        List<FieldProblem> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(new FieldProblem("file", "progress.csv.missingColumn", List.of(c.names.get(0))));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return columns;
    }

    private static ActivityInput input(RoadmapDocument doc, Map<Column, Integer> columns, CsvRecord r) {
        String item = get(columns, r, Column.ITEM);
        String category = get(columns, r, Column.CATEGORY);
        if (!category.isEmpty() && !item.isEmpty()) {
            // 区分 tells apart two items of the same 項目 in different categories.
            try {
                CategoryCode code = CategoryCode.parse(category);
                item = doc.roadmap().itemsIn(code).stream().filter(i -> i.title().equals(get(columns, r, Column.ITEM)))
                        .map(RoadmapItem::id).findFirst().orElse(item);
            } catch (InvalidValueException ignored) {
                // An unreadable 区分 is only a hint; the 項目 decides.
            }
        }
        return new ActivityInput(get(columns, r, Column.FISCAL_YEAR), item, get(columns, r, Column.ARROW),
                get(columns, r, Column.KIND), get(columns, r, Column.TITLE), get(columns, r, Column.HELD_ON),
                get(columns, r, Column.PARTICIPANTS), get(columns, r, Column.PROFESSIONS), get(columns, r, Column.NOTE));
    }

    private static String get(Map<Column, Integer> columns, CsvRecord r, Column c) {
        Integer i = columns.get(c);
        return i == null || i >= r.fields().size() ? "" : FormulaNeutraliser.restored(r.fields().get(i).strip());
    }
}
