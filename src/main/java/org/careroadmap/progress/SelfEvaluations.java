package org.careroadmap.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing an item's interim or year-end self-evaluation on the prefecture's rating scale. */
@Service
@Transactional
public class SelfEvaluations {

    private final ProgressGuard guard;
    private final ProgressStore store;

    SelfEvaluations(ProgressGuard guard, ProgressStore store) {
        this.guard = guard;
        this.store = store;
    }

    public Evaluation save(long roadmapId, String itemId, @Nullable String fiscalYear, @Nullable String stage,
                           EvaluationInput input) {
        RoadmapDocument doc = guard.recordable(roadmapId);
        RoadmapItem item = doc.roadmap().item(itemId).orElseThrow(() -> new ProgressNotFoundException("item " + itemId));
        RatingScale scale = store.scale(doc.municipality().prefectureCode());
        InputReader reader = new InputReader();
        FiscalYear readYear = reader.read("fiscalYear", fiscalYear, text -> guard.shownYear(doc, text));
        EvaluationStage s = reader.read("stage", stage, SelfEvaluations::stage);
        String rating = input.rating() == null || input.rating().isBlank() ? null
                : reader.read("rating", input.rating(), r -> scale.require(r).symbol());
        Evaluation checked = reader.check("done", () -> new Evaluation(itemId, readYear == null ? FiscalYear.of(2000) : readYear,
                s == null ? EvaluationStage.YEAR_END : s, blank(input.done()), rating, blank(input.issues()),
                blank(input.nextSteps()), guard.clock().instant(), guard.actor().recordedName()));
        reader.throwIfAny();
        FiscalYear year = Objects.requireNonNull(readYear, "the reader throws for every problem it found");
        Evaluation evaluation = Objects.requireNonNull(checked, "the reader throws for every problem it found");
        guard.requireOpen(doc, year);
        Evaluation before = store.evaluations(roadmapId).stream()
                .filter(e -> e.itemId().equals(itemId) && e.fiscalYear().equals(year) && e.stage() == evaluation.stage())
                .findFirst().orElse(null);
        store.put(roadmapId, evaluation, item.category());
        guard.record(doc, "progress.evaluation.saved", "EVALUATION", itemId, item.title() + " " + year.label(),
                before == null ? Map.of() : describe(before), describe(evaluation));
        return evaluation;
    }

    @Transactional(readOnly = true)
    public List<Evaluation> list(long roadmapId) {
        RoadmapDocument doc = guard.readable(roadmapId);
        List<FiscalYear> visible = guard.visibleYears(doc);
        return store.evaluations(roadmapId).stream().filter(e -> visible.contains(e.fiscalYear())).toList();
    }

    static EvaluationStage stage(@Nullable String text) {
        if (text != null) {
            String s = text.strip();
            if (s.equalsIgnoreCase("INTERIM") || s.equals("中間")) {
                return EvaluationStage.INTERIM;
            }
            if (s.equalsIgnoreCase("YEAR_END") || s.equalsIgnoreCase("year-end") || s.equals("年度末")) {
                return EvaluationStage.YEAR_END;
            }
        }
        throw new InvalidValueException("progress.evaluation.stage");
    }

    private static Map<String, String> describe(Evaluation e) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("stage", e.stage().name());
        values.put("rating", e.rating() == null ? "" : e.rating());
        values.put("done", e.done() == null ? "" : e.done());
        values.put("issues", e.issues() == null ? "" : e.issues());
        values.put("nextSteps", e.nextSteps() == null ? "" : e.nextSteps());
        return values;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
