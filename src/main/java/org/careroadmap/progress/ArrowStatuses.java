package org.careroadmap.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.InputReader;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting the status of a 工程 arrow with a dated note. */
@Service
@Transactional
public class ArrowStatuses {

    private final ProgressGuard guard;
    private final ArrowStatusStore store;

    ArrowStatuses(ProgressGuard guard, ArrowStatusStore store) {
        this.guard = guard;
        this.store = store;
    }

    public ArrowStatus set(long roadmapId, String arrowId, @Nullable String status, @Nullable String note,
                           @Nullable String notedOn) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        Arrow arrow = doc.roadmap().items().stream().flatMap(i -> i.arrows().stream())
                .filter(a -> a.id().equals(arrowId)).findFirst()
                .orElseThrow(() -> new ProgressNotFoundException("arrow " + arrowId));
        InputReader reader = new InputReader();
        ArrowProgress progress = reader.read("status", status, ArrowProgress::parse);
        LocalDate today = LocalDate.now(guard.clock());
        LocalDate date = notedOn == null || notedOn.isBlank() ? today : reader.read("notedOn", notedOn, ActivityReader::date);
        String text = note == null || note.isBlank() ? null : note.strip();
        // An unreadable status or date is already a problem; the placeholders only let the note's limit be checked too.
        ArrowStatus checked = reader.check("note", () -> new ArrowStatus(arrowId,
                progress == null ? ArrowProgress.NOT_STARTED : progress, text, date == null ? today : date,
                guard.actor().recordedName()));
        reader.throwIfAny();
        ArrowStatus result = Objects.requireNonNull(checked, "the reader throws for every problem it found");
        ArrowStatus before = store.arrowStatuses(roadmapId).get(arrowId);
        store.put(roadmapId, result);
        guard.record(doc, "progress.arrow.statusSet", "ARROW", arrowId, arrow.label(),
                before == null ? Map.of() : Map.of("status", before.status().name(), "note", String.valueOf(before.note())),
                Map.of("status", result.status().name(), "note", String.valueOf(result.note()), "notedOn",
                        result.notedOn().toString()));
        return result;
    }

    @Transactional(readOnly = true)
    public Map<String, ArrowStatus> of(long roadmapId) {
        RoadmapDocument doc = guard.readable(roadmapId);
        return guard.member(doc) || !guard.visibleYears(doc).isEmpty() ? store.arrowStatuses(roadmapId) : Map.of();
    }

    static @Nullable String itemOf(RoadmapDocument doc, String arrowId) {
        for (RoadmapItem i : doc.roadmap().items()) {
            if (i.arrow(arrowId).isPresent()) {
                return i.id();
            }
        }
        return null;
    }
}
