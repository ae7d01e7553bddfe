package org.careroadmap.progress;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.stereotype.Component;

/**
 * Carry forward's reminder: in a municipality's newer roadmap (the draft 次期計画へ引き継ぐ made), the
 * items that were rated as falling short (△ or × on the default scale) in the last evaluated year
 * of its previous roadmap. Items are matched by their 項目, which carry forward copies unchanged.
 */
@Component
class CarriedShortfalls {

    private final RoadmapReads roadmaps;
    private final ProgressStore store;
    private final ProgressGuard guard;

    CarriedShortfalls(RoadmapReads roadmaps, ProgressStore store, ProgressGuard guard) {
        this.roadmaps = roadmaps;
        this.store = store;
        this.guard = guard;
    }

    /** The 項目 of this roadmap's items that fell short last time; empty for readers outside the municipality. */
    Set<String> itemTitles(RoadmapDocument doc, RatingScale scale) {
        if (!guard.member(doc)) {
            return Set.of();
        }
        long id = doc.roadmap().id();
        List<RoadmapSummary> earlier = roadmaps.list(ListScope.municipality(doc.roadmap().municipalityCode())).stream()
                .filter(s -> s.id() < id)
                .sorted(Comparator.comparingLong(RoadmapSummary::id).reversed())
                .toList();
        for (RoadmapSummary previous : earlier) {
            List<Evaluation> rated = store.evaluations(previous.id()).stream()
                    .filter(e -> e.stage() == EvaluationStage.YEAR_END && e.rated()).toList();
            if (rated.isEmpty()) {
                continue;
            }
            FiscalYear last = rated.stream().map(Evaluation::fiscalYear).max(Comparator.naturalOrder()).orElseThrow();
            Set<String> itemIds = new HashSet<>();
            rated.stream().filter(e -> e.fiscalYear().equals(last) && scale.shortfall(e.rating()))
                    .forEach(e -> itemIds.add(e.itemId()));
            RoadmapDocument old = roadmaps.get(previous.id());
            Set<String> titles = new HashSet<>();
            old.roadmap().items().stream().filter(i -> itemIds.contains(i.id())).forEach(i -> titles.add(i.title()));
            return titles;
        }
        return Set.of();
    }
}
