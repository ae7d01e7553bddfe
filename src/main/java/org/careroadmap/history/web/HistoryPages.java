package org.careroadmap.history.web;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.careroadmap.history.AuditEntry;
import org.careroadmap.history.AuditTrail;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.csv.CsvWriter;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapNotFoundException;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 変更履歴: every change to a roadmap, filterable and downloadable as CSV. Read-only by design. */
@Controller
class HistoryPages {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final RoadmapReads roadmaps;
    private final AuditTrail trail;
    private final CurrentActor currentActor;

    private final FieldMessages messages;
    private final org.careroadmap.reference.Labels labels;
    private final org.careroadmap.account.AccountDirectory people;

    HistoryPages(RoadmapReads roadmaps, AuditTrail trail, CurrentActor currentActor, FieldMessages messages,
                 org.careroadmap.reference.Labels labels, org.careroadmap.account.AccountDirectory people) {
        this.labels = labels;
        this.people = people;
        this.messages = messages;
        this.roadmaps = roadmaps;
        this.trail = trail;
        this.currentActor = currentActor;
    }

    /**
     * The history names the staff who made each change, so only the municipality's own staff and the
     * prefecture see it, even for a published roadmap.
     */
    private RoadmapDocument readableHistory(long id) {
        RoadmapDocument doc = roadmaps.get(id);
        if (!currentActor.get().belongsTo(doc.municipality().code().value())) {
            throw new RoadmapNotFoundException(id);
        }
        return doc;
    }

    @GetMapping("/roadmaps/{id}/history")
    String history(@PathVariable long id, @RequestParam(required = false) String person,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String item, Model model) {
        RoadmapDocument doc = readableHistory(id);
        AuditTrail.HistoryFilter filter = new AuditTrail.HistoryFilter(person, date(from), date(to), item);
        model.addAttribute("doc", doc);
        model.addAttribute("entries", trail.history(id, filter));
        model.addAttribute("people", trail.people(id));
        model.addAttribute("filter", filter);
        model.addAttribute("badDate", (from != null && !from.isBlank() && filter.from() == null)
                || (to != null && !to.isBlank() && filter.to() == null));
        return "history/history";
    }

    @GetMapping("/roadmaps/{id}/history.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) String person,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String item) {
        readableHistory(id);
        List<AuditEntry> entries = trail.history(id, new AuditTrail.HistoryFilter(person, date(from), date(to), item));
        StringBuilder out = new StringBuilder("\uFEFF");  // BOM: Excel in Japan opens UTF-8 CSV correctly only with it
        out.append(String.join(",", List.of("history.col.at", "history.person", "history.col.action",
                "history.col.target", "history.csv.targetId", "history.csv.version", "history.csv.fields",
                "history.csv.before", "history.csv.after").stream().map(messages::message).toList())).append("\r\n");
        for (AuditEntry e : entries) {
            List<String> fields = e.changedFields();
            String target = "ROADMAP".equals(e.targetType()) ? labels.historyValue("status", e.targetLabel()) : e.targetLabel();
            out.append(String.join(",", List.of(cell(CSV_TIME.format(e.at())), cell(people.label(e.actor())),
                    cell(messages.message("history.action." + e.action())),
                    cell(target), cell(e.targetId()), cell(Long.toString(e.roadmapVersion())),
                    cell(fields.stream().map(this::field).collect(Collectors.joining(" / "))),
                    cell(fields.stream().map(f -> field(f) + ": " + labels.historyValue(f, e.before().getOrDefault(f, "")))
                            .collect(Collectors.joining("\n"))),
                    cell(fields.stream().map(f -> field(f) + ": " + labels.historyValue(f, e.after().getOrDefault(f, "")))
                            .collect(Collectors.joining("\n"))))))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("roadmap-" + id + "-history.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String field(String name) {
        return messages.message("history.field." + name);
    }

    /** A CSV cell that spreadsheet software shows as text: quoted, and never read as a formula. */
    static String cell(String value) {
        return CsvWriter.quoted(value);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
