package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.csv.CsvException;
import org.careroadmap.platform.csv.CsvLimits;
import org.careroadmap.platform.csv.CsvReader;
import org.careroadmap.platform.csv.CsvRecord;
import org.careroadmap.platform.csv.CsvTable;
import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an open-data CSV into resources, without touching the database: detects the layout, maps columns to
 * fields, turns the kind and opening times into ours, and merges an office listed once per service into one
 * resource with several services (by 事業所番号). Every problem names its line and column; none is guessed away.
 */
final class OpenDataReader {

    /** One problem of the file: 0 as the line means the file as a whole. */
    record Problem(int line, String column, String messageKey, List<Object> arguments) {
    }

    /** One resource read from one or more rows (the first row's line names it). */
    record Row(int line, Map<String, String> fields) {
    }

    record Result(OpenDataLayout layout, String encoding, List<Row> rows, List<Problem> problems, List<String> ignoredColumns,
                  int recordCount) {
    }

    private static final String WEEKDAYS = "月火水木金土日";

    private OpenDataReader() {
    }

    /** Rows between two progress reports; the listener throttles further by time. */
    static final int REPORT_EVERY_ROWS = 100;

    static Result read(byte[] bytes, String municipalityCode, List<ResourceKind> kinds, int maxRows) {
        return read(bytes, municipalityCode, kinds, maxRows, ImportProgressListener.NONE);
    }

    static Result read(byte[] bytes, String municipalityCode, List<ResourceKind> kinds, int maxRows,
                       ImportProgressListener progress) {
        progress.reached(new ImportProgress(ImportProgress.Phase.DECODING, 0, 0));
        CsvTable file = csv(bytes, maxRows);
        if (file.records().isEmpty()) {
            throw new InvalidValueException("resourcemap.import.empty");
        }
        List<String> header = file.records().get(0).fields().stream().map(String::strip).toList();
        OpenDataLayout layout = OpenDataLayout.detect(header)
                .orElseThrow(() -> new InvalidValueException("resourcemap.import.layoutUnknown"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        OpenDataSheet sheet = new OpenDataSheet(layout, header, index, municipalityCode, kinds);
        List<CsvRecord> records = file.dataRows();
        for (int done = 1; done <= records.size(); done++) {
            sheet.add(records.get(done - 1));
            if (done % REPORT_EVERY_ROWS == 0 || done == records.size()) {
                progress.reached(new ImportProgress(ImportProgress.Phase.CHECKING, done, records.size()));
            }
        }
        List<Row> rows = sheet.checkedRows();
        return new Result(layout, file.encoding(), rows, sheet.problems(), ignoredColumns(header), file.records().size() - 1);
    }

    /** The columns neither layout knows: shown on the preview, not imported. */
    private static List<String> ignoredColumns(List<String> header) {
        List<String> ignored = new ArrayList<>();
        for (String column : header) {
            boolean known = OpenDataLayout.OTHER_KNOWN.contains(column)
                    || OpenDataLayout.COLUMNS.values().stream().anyMatch(l -> l.contains(column));
            if (!known && !column.isEmpty()) {
                ignored.add(column);
            }
        }
        return ignored;
    }

    /** The records, read by the platform's one reader; its refusals worded in this module's messages. */
    private static CsvTable csv(byte[] bytes, int maxRows) {
        try {
            // The caller has bounded the bytes already (ResourceImports), with its own 413 answer.
            return CsvReader.read(bytes, CsvLimits.of(Long.MAX_VALUE, maxRows));
        } catch (CsvException e) {
            throw new InvalidValueException(e.messageKey("resourcemap.import"), e.arguments());
        }
    }

    static Map<String, String> fields(CsvRecord record, List<String> header, Map<String, Integer> index) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : OpenDataLayout.COLUMNS.entrySet()) {
            for (String column : field.getValue()) {
                if (index.containsKey(column)) {
                    String cell = cell(record, index, column);
                    String value = cell == null ? null : Texts.clean(FormulaNeutraliser.restored(cell));
                    if (value != null) {
                        fields.put(field.getKey(), value);
                    }
                    break;
                }
            }
        }
        // The old layouts have one joined address; the current one also has it joined when the parts are empty.
        if (!fields.containsKey("addressRest") && index.containsKey("所在地_連結表記")) {
            String joined = Texts.clean(cell(record, index, "所在地_連結表記"));
            if (joined != null && !fields.containsKey("addressTown") && !fields.containsKey("addressCity")) {
                fields.put("addressRest", joined);
            }
        }
        return fields;
    }

    static @Nullable String cell(CsvRecord record, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= record.fields().size() ? null : record.fields().get(i);
    }

    static void checkMunicipality(CsvRecord record, List<String> header, Map<String, Integer> index,
                                          String municipalityCode, List<Problem> problems) {
        for (String column : List.of("全国地方公共団体コード", "都道府県コード又は市区町村コード")) {
            String code = Texts.clean(cell(record, index, column));
            if (code != null && !(code.equals(municipalityCode) || (code.length() == 5 && municipalityCode.startsWith(code)))) {
                problems.add(new Problem(record.line(), column, "resourcemap.import.otherMunicipality", List.of(code, municipalityCode)));
            }
        }
    }

    static List<String> split(@Nullable String services) {
        if (services == null) {
            return List.of();
        }
        return java.util.Arrays.stream(services.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Our kind of an open-data row: a kind's own name, the 医療機関の種類, or the care service offered. */
    static Optional<String> kindOf(OpenDataLayout layout, @Nullable String text, List<ResourceKind> kinds) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String first = split(text).isEmpty() ? text.strip() : split(text).get(0);
        for (ResourceKind kind : kinds) {
            if (kind.name().equals(first)) {
                return Optional.of(kind.code());
            }
        }
        if (layout.dataset.equals("hospital")) {
            return switch (first) {
                case "病院" -> Optional.of("hospital");
                case "診療所", "有床診療所", "無床診療所", "一般診療所" -> Optional.of("clinic");
                case "歯科", "歯科診療所" -> Optional.of("dental");
                default -> Optional.empty();
            };
        }
        return careKindOf(first);
    }

    /** Our kind of a care service, by the words of its name (訪問看護, 居宅介護支援 …). */
    private static Optional<String> careKindOf(String first) {
        if (first.contains("訪問看護")) {
            return Optional.of("visiting-nursing");
        }
        if (first.contains("居宅介護支援")) {
            return Optional.of("care-management");
        }
        if (first.contains("地域包括支援センター") || first.contains("介護予防支援")) {
            return Optional.of("community-support-center");
        }
        if (first.contains("短期入所")) {
            return Optional.of("short-stay");
        }
        if (first.contains("通所")) {
            return Optional.of("day-service");
        }
        if (first.contains("訪問介護") || first.contains("訪問入浴") || first.contains("夜間対応型訪問介護")) {
            return Optional.of("home-help");
        }
        if (first.contains("施設") || first.contains("共同生活介護") || first.contains("特定施設") || first.contains("老人保健")
                || first.contains("介護医療院")) {
            return Optional.of("facility");
        }
        if (first.contains("介護") || first.contains("看護") || first.contains("福祉用具") || first.contains("リハビリ")
                || first.contains("療養管理")) {
            return Optional.of("other-care");
        }
        return Optional.empty();
    }

    /** 診療曜日 (月火水木金, 月;水;金 or 月～金) with 診療開始時間 / 診療終了時間 (several separated by ;) become weekly hours. */
    static void hospitalHours(CsvRecord record, Map<String, Integer> index, Map<String, String> fields, int line,
                                      List<Problem> problems) {
        String days = Texts.clean(cell(record, index, "診療曜日"));
        String opens = Texts.clean(cell(record, index, "診療開始時間"));
        String closes = Texts.clean(cell(record, index, "診療終了時間"));
        if (days == null || opens == null || closes == null) {
            return;
        }
        List<String> starts = split(opens);
        List<String> ends = split(closes);
        if (starts.size() != ends.size()) {
            problems.add(new Problem(line, "診療終了時間", "resourcemap.import.timesUnpaired", List.of(opens, closes)));
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String range = starts.get(i) + "-" + ends.get(i);
            try {
                ranges.add(TimeRange.parse(range).toString());
            } catch (InvalidValueException e) {
                problems.add(new Problem(line, "診療開始時間", e.messageKey(), List.of(e.arguments())));
                return;
            }
        }
        Set<Integer> weekdays = weekdays(java.text.Normalizer.normalize(days, java.text.Normalizer.Form.NFKC));
        if (weekdays.isEmpty()) {
            problems.add(new Problem(line, "診療曜日", "resourcemap.import.daysUnreadable", List.of(days)));
            return;
        }
        for (int day : weekdays) {
            fields.put("hours." + WeeklyHours.SHORT_NAMES.get(day - 1), String.join(", ", ranges));
        }
        fields.put("closedOnHolidays", Boolean.toString(!days.contains("祝")));
    }

    static Set<Integer> weekdays(String text) {
        Set<Integer> days = new java.util.TreeSet<>();
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("([月火水木金土日])\\s*[～〜~\\-－ー]\\s*([月火水木金土日])").matcher(text);
        while (range.find()) {
            int from = WEEKDAYS.indexOf(range.group(1));
            int to = WEEKDAYS.indexOf(range.group(2));
            for (int d = from; d <= to; d++) {
                days.add(d + 1);
            }
        }
        for (char c : text.toCharArray()) {
            int d = WEEKDAYS.indexOf(c);
            if (d >= 0) {
                days.add(d + 1);
            }
        }
        return days;
    }
}
