package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.csv.CsvRecord;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one open-data file as {@link OpenDataReader} reads them: merged by office (事業所番号), with the
 * problems found so far, each naming its line and column.
 */
final class OpenDataSheet {
    private final OpenDataLayout layout;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final String municipalityCode;
    private final List<ResourceKind> kinds;
    private final List<OpenDataReader.Problem> problems = new ArrayList<>();
    private final Map<String, OpenDataReader.Row> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    OpenDataSheet(OpenDataLayout layout, List<String> header, Map<String, Integer> index, String municipalityCode,
          List<ResourceKind> kinds) {
        this.layout = layout;
        this.header = header;
        this.index = index;
        this.municipalityCode = municipalityCode;
        this.kinds = kinds;
    }

    void add(CsvRecord record) {
        Map<String, String> fields = OpenDataReader.fields(record, header, index);
        int line = record.line();
        String id = fields.get("sourceId");
        if (id != null && repeatedId(id, line)) {
            return;
        }
        OpenDataReader.checkMunicipality(record, header, index, municipalityCode, problems);
        checkUnmappedCells(record);
        String kindText = layout.dataset.equals("hospital") ? OpenDataReader.cell(record, index, "医療機関の種類") : fields.get("services");
        Optional<String> kind = OpenDataReader.kindOf(layout, kindText, kinds);
        if (kind.isEmpty()) {
            problems.add(new OpenDataReader.Problem(line, OpenDataLayout.columnOf("kind", header), "resourcemap.import.kindUnknown",
                    List.of(kindText == null ? "" : kindText)));
        } else {
            fields.put("kind", kind.get());
        }
        if (layout.dataset.equals("hospital")) {
            OpenDataReader.hospitalHours(record, index, fields, line, problems);
        }
        merge(new OpenDataReader.Row(line, fields), id);
    }

    private boolean repeatedId(String id, int line) {
        Integer earlier = idLines.putIfAbsent(id, line);
        if (earlier != null) {
            problems.add(new OpenDataReader.Problem(line, OpenDataLayout.columnOf("sourceId", header), "resourcemap.import.duplicateId",
                    List.of(id, earlier)));
        }
        return earlier != null;
    }

    /** Columns we do not keep are still checked: a formula-like cell is refused wherever it stands. */
    private void checkUnmappedCells(CsvRecord record) {
        for (int i = 0; i < record.fields().size() && i < header.size(); i++) {
            String column = header.get(i);
            boolean mapped = OpenDataLayout.COLUMNS.values().stream().anyMatch(l -> l.contains(column));
            String value = FormulaNeutraliser.restored(record.fields().get(i).strip());
            if (!mapped && Texts.formulaLike(value)) {
                problems.add(new OpenDataReader.Problem(record.line(), column, "resourcemap.field.formula", List.of(value)));
            }
        }
    }

    /**
     * One office per 事業所番号: the same office listed once per service becomes one resource, named by the ID of
     * its first row (stable when the same file is imported again).
     */
    private void merge(OpenDataReader.Row row, @Nullable String id) {
        String officeCode = row.fields().get("officeCode");
        String key = officeCode != null ? "office:" + officeCode : "id:" + id;
        OpenDataReader.Row existing = byKey.get(key);
        if (existing == null) {
            byKey.put(key, row);
        } else if (layout.dataset.equals("care_service")) {
            Set<String> services = new LinkedHashSet<>(OpenDataReader.split(existing.fields().get("services")));
            services.addAll(OpenDataReader.split(row.fields().get("services")));
            existing.fields().put("services", String.join(";", services));
        } else {
            problems.add(new OpenDataReader.Problem(row.line(), OpenDataLayout.columnOf("officeCode", header),
                    "resourcemap.import.duplicateId", List.of(officeCode, existing.line())));
        }
    }

    /** Every problem found; complete (and sorted by line) once {@link #checkedRows()} has run. */
    List<OpenDataReader.Problem> problems() {
        return problems;
    }

    /** The merged rows, each checked as a whole; the problems sorted by line. */
    List<OpenDataReader.Row> checkedRows() {
        List<OpenDataReader.Row> rows = new ArrayList<>();
        for (OpenDataReader.Row row : byKey.values()) {
            ContentFields.Parsed parsed = ContentFields.parse(row.fields());
            for (FieldProblem p : parsed.problems()) {
                problems.add(new OpenDataReader.Problem(row.line(), OpenDataLayout.columnOf(p.field(), header), p.messageKey(),
                        p.arguments()));
            }
            rows.add(row);
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return rows;
    }
}
