package org.careroadmap.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity log's use cases: list a roadmap's activities, record one, remove one. */
@Service
@Transactional
public class ActivityLog {

    private final ProgressGuard guard;
    private final ProgressStore store;

    ActivityLog(ProgressGuard guard, ProgressStore store) {
        this.guard = guard;
        this.store = store;
    }

    /** A roadmap's activities of one fiscal year (or of every year the reader may see), oldest first. */
    @Transactional(readOnly = true)
    public List<Activity> list(long roadmapId, @Nullable String fiscalYear, @Nullable String itemId) {
        RoadmapDocument doc = guard.readable(roadmapId);
        FiscalYear year = fiscalYear == null || fiscalYear.isBlank() ? null : guard.shownYear(doc, fiscalYear);
        List<FiscalYear> visible = guard.visibleYears(doc);
        return store.activities(roadmapId, year).stream()
                .filter(a -> visible.contains(a.fiscalYear()))
                .filter(a -> itemId == null || itemId.isBlank() || a.itemId().equals(itemId))
                .toList();
    }

    public Activity add(long roadmapId, ActivityInput input) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        String prefecture = doc.municipality().prefectureCode();
        ActivityReader reader = new ActivityReader(doc.roadmap(), doc.template(), store.kinds(prefecture),
                store.professions(prefecture));
        InputReader problems = new InputReader();
        Activity read = reader.read(input, problems, "", guard.actor().recordedName(), guard.clock().instant());
        problems.throwIfAny();
        Activity activity = Objects.requireNonNull(read, "the reader gives an activity whenever it found no problem");
        guard.requireOpen(doc, activity.fiscalYear());
        long id = store.insert(activity);
        guard.record(doc, "progress.activity.added", "ACTIVITY", Long.toString(id), activity.title(), Map.of(),
                describe(activity));
        return store.activity(roadmapId, id).orElseThrow();
    }

    public void remove(long roadmapId, long activityId) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        Activity activity = store.activity(roadmapId, activityId)
                .orElseThrow(() -> new ProgressNotFoundException("activity " + activityId));
        guard.requireOpen(doc, activity.fiscalYear());
        store.deleteActivity(roadmapId, activityId);
        guard.record(doc, "progress.activity.removed", "ACTIVITY", Long.toString(activityId), activity.title(),
                describe(activity), Map.of());
    }

    static Map<String, String> describe(Activity a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fiscalYear", a.fiscalYear().label());
        values.put("kind", a.kind());
        values.put("title", a.title());
        values.put("heldOn", a.heldOn().toString());
        values.put("participants", a.participants() == null ? "" : a.participants().toString());
        values.put("professions", a.professionsText());
        return values;
    }
}
