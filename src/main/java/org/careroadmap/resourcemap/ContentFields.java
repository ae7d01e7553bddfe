package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A resource's content as named fields with printable values, in form order: what the history records,
 * what an import preview compares field by field, and how "nothing changed" is decided.
 */
public final class ContentFields {

    private ContentFields() {
    }

    /** One changed field; {@code field} is the message key suffix ({@code resourcemap.field.<field>}). */
    public record Change(String field, @Nullable String before, @Nullable String after) {
    }

    /** Every field name, in form order. */
    public static List<String> names() {
        return List.copyOf(of(new ResourceContent("x", "x", "x", null, null, Address.NONE, null, Contact.NONE, null, null,
                null, List.of(), WeeklyHours.NONE, null, null, null, null, false, false, NightCare.NONE, null, null)).keySet());
    }

    public static Map<String, String> of(ResourceContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sourceId", c.sourceId());
        f.put("kind", c.kindCode());
        f.put("name", c.name());
        f.put("nameKana", c.nameKana());
        f.put("nameEn", c.nameEn());
        f.put("postalCode", c.address().postalCode());
        f.put("addressPrefecture", c.address().prefecture());
        f.put("addressCity", c.address().city());
        f.put("addressTown", c.address().town());
        f.put("addressRest", c.address().rest());
        f.put("building", c.address().building());
        f.put("latitude", c.coordinates() == null ? null : c.coordinates().latitude().toPlainString());
        f.put("longitude", c.coordinates() == null ? null : c.coordinates().longitude().toPlainString());
        f.put("phone", c.contact().phone());
        f.put("extension", c.contact().extension());
        f.put("fax", c.contact().fax());
        f.put("email", c.contact().email());
        f.put("formUrl", c.contact().formUrl());
        f.put("url", c.contact().url());
        f.put("corporateNumber", c.corporateNumber());
        f.put("corporateName", c.corporateName());
        f.put("officeCode", c.officeCode());
        f.put("services", c.services().isEmpty() ? null : String.join(";", c.services()));
        putHoursAndNight(f, c);
        f.put("area", c.areaCode());
        f.put("remarks", c.remarks());
        return f;
    }

    private static void putHoursAndNight(Map<String, String> f, ResourceContent c) {
        for (int day = 1; day <= 7; day++) {
            String text = c.hours().text(day);
            f.put("hours." + WeeklyHours.SHORT_NAMES.get(day - 1), text.isEmpty() ? null : text);
        }
        f.put("availableDays", c.availableDays());
        f.put("hoursNote", c.hoursNote());
        f.put("capacity", c.capacity());
        f.put("beds", c.beds());
        f.put("closedOnHolidays", Boolean.toString(c.closedOnHolidays()));
        f.put("closedYearEnd", Boolean.toString(c.closedYearEnd()));
        f.put("nightContact", c.night().contact());
        f.put("nightNote", c.night().note());
        f.put("open24h", Boolean.toString(c.night().open24h()));
        f.put("homeVisits", Boolean.toString(c.night().homeVisits()));
        f.put("endOfLifeCare", Boolean.toString(c.night().endOfLifeCare()));
        f.put("palliativeCare", Boolean.toString(c.night().palliativeCare()));
    }

    public static List<Change> changes(@Nullable ResourceContent before, ResourceContent after) {
        return changes(before == null ? Map.of() : of(before), of(after));
    }

    /** The fields of {@code b} whose value differs from {@code a}'s, in {@code b}'s order. */
    public static List<Change> changes(Map<String, String> a, Map<String, String> b) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : b.entrySet()) {
            String old = a.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                changes.add(new Change(field.getKey(), old, field.getValue()));
            }
        }
        return changes;
    }

    /** The longest text each field may hold (the database's column sizes). */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("nameKana", 200), Map.entry("nameEn", 200),
            Map.entry("postalCode", 10), Map.entry("addressPrefecture", 20), Map.entry("addressCity", 40),
            Map.entry("addressTown", 100), Map.entry("addressRest", 200), Map.entry("building", 200),
            Map.entry("phone", 100), Map.entry("extension", 20), Map.entry("fax", 100), Map.entry("email", 200),
            Map.entry("formUrl", 500), Map.entry("url", 500), Map.entry("corporateName", 200),
            Map.entry("services", 1900), Map.entry("availableDays", 200), Map.entry("hoursNote", 1000),
            Map.entry("capacity", 20), Map.entry("beds", 20), Map.entry("nightContact", 100), Map.entry("nightNote", 1000),
            Map.entry("area", 40), Map.entry("remarks", 1000));

    /** Either content, or every problem found (field names as in {@link #of}); never both. */
    public record Parsed(@Nullable ResourceContent content, List<FieldProblem> problems) {
    }

    /**
     * Reads named field values (a form, or an open-data row already mapped to fields) into content,
     * collecting every problem instead of stopping at the first: formula-like text, over-long text,
     * unreadable or impossible values.
     */
    public static Parsed parse(Map<String, String> f) {
        List<FieldProblem> problems = new ArrayList<>(textProblems(f));
        String sourceId = check(problems, "sourceId", () -> ResourceContent.sourceId(f.get("sourceId")));
        String name = check(problems, "name", () -> ResourceContent.name(f.get("name")));
        String kind = Texts.clean(f.get("kind"));
        if (kind == null) {
            problems.add(new FieldProblem("kind", "resourcemap.kind.required", List.of()));
        }
        String corporateNumber = check(problems, "corporateNumber", () -> ResourceContent.corporateNumber(f.get("corporateNumber")));
        String officeCode = check(problems, "officeCode", () -> ResourceContent.officeCode(f.get("officeCode")));
        Coordinates coordinates = coordinates(f, problems);
        WeeklyHours hours = weeklyHours(f, problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        // Each of these is null only when its check added a problem, and there is none.
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(hours);
        try {
            return new Parsed(new ResourceContent(sourceId, kind, name, f.get("nameKana"), f.get("nameEn"),
                    new Address(f.get("postalCode"), f.get("addressPrefecture"), f.get("addressCity"), f.get("addressTown"),
                            f.get("addressRest"), f.get("building")),
                    coordinates,
                    new Contact(f.get("phone"), f.get("extension"), f.get("fax"), f.get("email"), f.get("formUrl"), f.get("url")),
                    corporateNumber, f.get("corporateName"), officeCode, services(f.get("services")), hours,
                    f.get("availableDays"), f.get("hoursNote"), f.get("capacity"), f.get("beds"),
                    flag(f.get("closedOnHolidays")), flag(f.get("closedYearEnd")), nightCare(f), f.get("area"),
                    f.get("remarks")), List.of());
        } catch (InvalidValueException e) {
            return new Parsed(null, List.of(FieldProblem.of("", e)));
        }
    }

    /** Formula-like text (=HYPERLINK…) and text longer than its column, in any field. */
    private static List<FieldProblem> textProblems(Map<String, String> f) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            String v = e.getValue();
            if (Texts.formulaLike(v == null ? null : v.strip())) {
                problems.add(new FieldProblem(e.getKey(), "resourcemap.field.formula", List.of(v.strip())));
            }
            Integer max = MAX_LENGTH.get(e.getKey());
            if (max != null && v != null && v.strip().length() > max) {
                problems.add(new FieldProblem(e.getKey(), "resourcemap.field.tooLong", List.of(max)));
            }
        }
        return problems;
    }

    /** Both coordinates or neither; a point outside Japan is named by the coordinate that is out of range. */
    private static @Nullable Coordinates coordinates(Map<String, String> f, List<FieldProblem> problems) {
        String latitude = f.get("latitude");
        String longitude = f.get("longitude");
        java.math.BigDecimal lat = latitude == null || latitude.isBlank() ? null
                : check(problems, "latitude", () -> Coordinates.parseLatitude(latitude));
        java.math.BigDecimal lng = longitude == null || longitude.isBlank() ? null
                : check(problems, "longitude", () -> Coordinates.parseLongitude(longitude));
        if (lat != null && lng != null) {
            boolean latitudeOutside = lat.compareTo(java.math.BigDecimal.valueOf(20)) < 0
                    || lat.compareTo(java.math.BigDecimal.valueOf(46)) > 0;
            return check(problems, latitudeOutside ? "latitude" : "longitude", () -> new Coordinates(lat, lng));
        }
        if ((lat == null) != (lng == null) && problems.stream().noneMatch(p -> p.field().equals("latitude")
                || p.field().equals("longitude"))) {
            problems.add(new FieldProblem(lat == null ? "latitude" : "longitude", "resourcemap.coordinates.half", List.of()));
        }
        return null;
    }

    private static @Nullable WeeklyHours weeklyHours(Map<String, String> f, List<FieldProblem> problems) {
        Map<Integer, List<TimeRange>> days = new java.util.TreeMap<>();
        for (int day = 1; day <= 7; day++) {
            String field = "hours." + WeeklyHours.SHORT_NAMES.get(day - 1);
            List<TimeRange> ranges = check(problems, field, () -> WeeklyHours.parseDay(f.get(field)));
            if (ranges != null) {
                days.put(day, ranges);
            }
        }
        return check(problems, "hours.mon", () -> new WeeklyHours(days));
    }

    /** 実施サービス: one per line or separated by ; (half- or full-width). */
    private static List<String> services(@Nullable String text) {
        List<String> services = new ArrayList<>();
        if (text != null) {
            for (String s : text.split("[;；\\n\\r]")) {
                if (!s.isBlank()) {
                    services.add(s.strip());
                }
            }
        }
        return services;
    }

    private static NightCare nightCare(Map<String, String> f) {
        return new NightCare(f.get("nightContact"), f.get("nightNote"), flag(f.get("open24h")), flag(f.get("homeVisits")),
                flag(f.get("endOfLifeCare")), flag(f.get("palliativeCare")));
    }

    static boolean flag(@Nullable String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return v.equals("true") || v.equals("on") || v.equals("1") || v.equals("有") || v.equals("あり") || v.equals("○");
    }

    private static <T> @Nullable T check(List<FieldProblem> problems, String field, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    /** The history's text of a change: one {@code field: before → after} line per field. */
    static String describe(List<Change> changes) {
        StringBuilder s = new StringBuilder();
        for (Change c : changes) {
            s.append(c.field()).append(": ").append(c.before() == null ? "" : c.before()).append(" → ")
                    .append(c.after() == null ? "" : c.after()).append('\n');
        }
        return s.length() > 39000 ? s.substring(0, 39000) : s.toString();
    }
}
