package org.careroadmap.progress;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.Roadmap;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * Reads {@link ActivityInput}s against one roadmap and the prefecture's lists of kinds and
 * professions: the item (by id, or by its 項目 as a CSV names it), the arrow, a fiscal year the
 * roadmap shows, a date inside that fiscal year, a count that is a whole number not below zero.
 */
final class ActivityReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    private final Roadmap roadmap;
    private final RoadmapTemplate template;
    private final List<String> kinds;
    private final List<String> professions;

    ActivityReader(Roadmap roadmap, RoadmapTemplate template, List<String> kinds, List<String> professions) {
        this.roadmap = roadmap;
        this.template = template;
        this.kinds = kinds;
        this.professions = professions;
    }

    /** The activity, or null with the problems added to {@code reader} under {@code prefix + field}. */
    @Nullable Activity read(ActivityInput in, InputReader reader, String prefix, String actor, java.time.Instant now) {
        FiscalYear year = reader.read(prefix + "fiscalYear", in.fiscalYear(), this::shownYear);
        RoadmapItem item = reader.read(prefix + "itemId", in.itemId(), this::item);
        String arrowId = blankToNull(in.arrowId());
        if (item != null && arrowId != null) {
            final RoadmapItem it = item;
            arrowId = reader.read(prefix + "arrowId", arrowId, a -> it.arrows().stream()
                    .filter(x -> x.id().equals(a) || x.label().equals(a)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("progress.activity.arrowUnknown", a)).id());
        }
        String kind = reader.read(prefix + "kind", in.kind(), this::kind);
        LocalDate date = reader.read(prefix + "heldOn", in.heldOn(), ActivityReader::date);
        Integer participants = reader.read(prefix + "participants", in.participants(), ActivityReader::count);
        List<String> chosen = reader.read(prefix + "professions", in.professions(), this::professions);
        String title = blankToNull(in.title());
        String note = blankToNull(in.note());
        if (title == null) {
            reader.reject(prefix + "title", "progress.activity.title", Activity.TITLE_MAX);
        }
        if (year != null && date != null && !FiscalYear.containing(date).equals(year)) {
            reader.reject(prefix + "heldOn", "progress.activity.dateOutsideYear", date.toString(), year.label(), year.labelEn());
            return null;
        }
        if (year == null || item == null || kind == null || date == null || title == null || chosen == null
                || (in.participants() != null && !in.participants().isBlank() && participants == null)
                || (in.arrowId() != null && !in.arrowId().isBlank() && arrowId == null)) {
            return null;
        }
        final String a = arrowId;
        return reader.check(prefix + (title.length() > Activity.TITLE_MAX ? "title" : "note"),
                () -> new Activity(null, roadmap.id(), item.id(), a, year, kind, title, date, participants, chosen,
                        note, now, actor));
    }

    FiscalYear shownYear(String text) {
        FiscalYear year = FiscalYear.parse(text);
        if (!template.shows(year)) {
            throw new InvalidValueException("progress.year.outsideRoadmap", year.label(),
                    template.firstShownYear().label(), template.lastShownYear().label(), year.labelEn(),
                    template.firstShownYear().labelEn(), template.lastShownYear().labelEn());
        }
        return year;
    }

    private RoadmapItem item(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("progress.activity.itemRequired");
        }
        return roadmap.items().stream().filter(i -> i.id().equals(s)).findFirst()
                .or(() -> roadmap.items().stream().filter(i -> s.equals(i.title())).findFirst())
                .orElseThrow(() -> new InvalidValueException("progress.activity.itemUnknown", s));
    }

    private String kind(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("progress.activity.kindRequired");
        }
        if (!kinds.contains(s)) {
            throw new InvalidValueException("progress.activity.kindUnknown", s, String.join("、", kinds));
        }
        return s;
    }

    private List<String> professions(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        for (String p : text.split("[、,，・/／;；\\s]+")) {
            if (p.isBlank()) {
                continue;
            }
            if (!professions.contains(p.strip())) {
                throw new InvalidValueException("progress.activity.professionUnknown", p.strip(),
                        String.join("、", professions));
            }
            if (!chosen.contains(p.strip())) {
                chosen.add(p.strip());
            }
        }
        return chosen;
    }

    static LocalDate date(@Nullable String text) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("progress.activity.dateRequired");
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException("progress.activity.dateUnreadable", s);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("progress.activity.dateUnreadable", s);
        }
    }

    /** A count of people: empty is "not counted"; anything but a whole number from 0 is refused. */
    static @Nullable Integer count(@Nullable String text) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("-?\\d{1,9}")) {
            throw new InvalidValueException("progress.count.notANumber", s);
        }
        int n = Integer.parseInt(s);
        if (n < 0) {
            throw new InvalidValueException("progress.count.negative", s);
        }
        if (n > Activity.PARTICIPANTS_MAX) {
            throw new InvalidValueException("progress.activity.participants");
        }
        return n;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> split(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("、"));
    }
}
