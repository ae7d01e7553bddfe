package org.careroadmap.spreadsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Excel out: one roadmap as the prefecture's sheet, or a whole prefecture as one workbook. */
@Service
public class SpreadsheetExports {

    /** A finished file and the name to offer it under. */
    public record Export(String filename, byte[] bytes) {
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RoadmapReads roadmaps;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;
    private final WorkbookWriter writer = new WorkbookWriter();

    SpreadsheetExports(RoadmapReads roadmaps, ReferenceData reference, MessageSource messages, Clock clock) {
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    public Export roadmap(long id) {
        return document(roadmaps.get(id));
    }

    /** The sheet of a roadmap version the caller has already read (the publication module: the published one). */
    public Export document(RoadmapDocument doc) {
        String name = doc.municipality().name() + SheetText.FILE_INFIX + periods(doc) + ".xlsx";
        String status = doc.roadmap().status().name();
        return new Export(name, writer.roadmap(SheetRoadmap.of(doc),
                messages.getMessage("status." + status, null, status, Locale.JAPANESE)));
    }

    /**
     * A summary sheet of every municipality of the prefecture, then one sheet per roadmap the reader may see
     * (for the prefecture's staff every one; for others the published ones and their own). A municipality may
     * hold one roadmap per template edition, and each of them gets its own summary line and sheet, oldest
     * edition first; a municipality without any gets one line saying so.
     */
    public Export prefecture(String prefectureCode) {
        Prefecture prefecture = reference.prefecture(prefectureCode).orElseThrow(PrefectureNotFoundException::new);
        Map<String, List<RoadmapDocument>> byMunicipality = new java.util.HashMap<>();
        for (RoadmapSummary s : roadmaps.list(ListScope.prefecture(prefecture.code()))) {
            byMunicipality.computeIfAbsent(s.municipality().code().value(), c -> new ArrayList<>()).add(roadmaps.get(s.id()));
        }
        return prefectureOf(prefecture, byMunicipality);
    }

    /**
     * The prefecture workbook of roadmap versions the caller has already chosen and read, by municipality
     * code (the publication module: the published ones): a summary line and a sheet per roadmap, oldest
     * edition first; municipalities without any get a summary line saying so.
     */
    public Export prefectureOf(Prefecture prefecture, Map<String, List<RoadmapDocument>> byMunicipality) {
        List<WorkbookWriter.SummaryRow> rows = new ArrayList<>();
        for (Municipality m : reference.municipalitiesOf(prefecture.code())) {
            List<RoadmapDocument> held = byMunicipality.getOrDefault(m.code().value(), List.of()).stream()
                    .sorted(Comparator.comparing((RoadmapDocument d) -> d.template().firstPeriod())
                            .thenComparing(d -> d.roadmap().id()))
                    .toList();
            if (held.isEmpty()) {
                rows.add(new WorkbookWriter.SummaryRow(m.code().value(), m.name(), null, Map.of(), 0, null, null, null,
                        null));
                continue;
            }
            for (RoadmapDocument doc : held) {
                // The summary line is counted from the same read as the sheet, so the two always agree.
                Map<CategoryCode, Integer> counts = new EnumMap<>(CategoryCode.class);
                for (CategoryCode c : CategoryCode.values()) {
                    counts.put(c, doc.roadmap().itemsIn(c).size());
                }
                String status = doc.roadmap().status().name();
                // With several editions the sheet names say which one it is; a single roadmap keeps the plain name.
                String sheetName = held.size() == 1 ? m.name() : m.name() + " " + periods(doc);
                rows.add(new WorkbookWriter.SummaryRow(m.code().value(), m.name(), doc.template().name(), counts,
                        doc.roadmap().items().size(), messages.getMessage("status." + status, null, status, Locale.JAPANESE),
                        LocalDateTime.ofInstant(doc.roadmap().updatedAt(), JAPAN), SheetRoadmap.of(doc), sheetName));
            }
        }
        String name = prefecture.name() + SheetText.FILE_INFIX + LocalDate.now(clock.withZone(JAPAN)) + ".xlsx";
        return new Export(name, writer.prefecture(prefecture.name(), rows));
    }

    private static String periods(RoadmapDocument doc) {
        return doc.template().periods().stream().map(p -> p.label()).collect(Collectors.joining("・"));
    }
}
