package org.careroadmap.progress;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.stereotype.Component;

/**
 * Carry forward's reminder: in a municipality's newer roadmap (the draft 次期計画へ引き継ぐ made), the
 * items that were rated as falling short (△ or × on the default scale) in the last evaluated year
 * of its previous roadmap. Items are matched by their line (RoadmapItem.line, which carry forward copies), so an
 * item renamed in the new draft is still marked; items carried before lines were kept (V213) by their 項目.
 */
@Component
class CarriedShortfalls {

    private final ProgressContext context;

    CarriedShortfalls(ProgressContext context) {
        this.context = context;
    }

    /** The ids of this roadmap's items that fell short last time; empty for readers outside the municipality. */
    Set<String> itemIds(RoadmapDocument doc, RatingScale scale) {
        if (!context.guard().member(doc)) {
            return Set.of();
        }
        long id = doc.roadmap().id();
        List<RoadmapSummary> earlier = context.roadmaps().list(ListScope.municipality(doc.roadmap().municipalityCode())).stream()
                .filter(s -> s.id() < id)
                .sorted(Comparator.comparingLong(RoadmapSummary::id).reversed())
                .toList();
        for (RoadmapSummary previous : earlier) {
            List<Evaluation> rated = context.store().evaluations(previous.id()).stream()
                    .filter(e -> e.stage() == EvaluationStage.YEAR_END && e.rated()).toList();
            if (rated.isEmpty()) {
                continue;
            }
            FiscalYear last = rated.stream().map(Evaluation::fiscalYear).max(Comparator.naturalOrder()).orElseThrow();
            Set<String> itemIds = new HashSet<>();
            rated.stream().filter(e -> e.fiscalYear().equals(last) && e.rating() != null && scale.shortfall(e.rating()))
                    .forEach(e -> itemIds.add(e.itemId()));
            List<RoadmapItem> fellShort = context.roadmaps().get(previous.id()).roadmap().items().stream()
                    .filter(i -> itemIds.contains(i.id())).toList();
            return matching(doc, fellShort);
        }
        return Set.of();
    }

    /** The new roadmap's items of the same line as one that fell short; without a line, of the same 項目. */
    private static Set<String> matching(RoadmapDocument doc, List<RoadmapItem> fellShort) {
        Set<String> lines = new HashSet<>();
        Set<String> titles = new HashSet<>();
        fellShort.forEach(i -> {
            lines.add(i.line());
            titles.add(i.title());
        });
        Set<String> ids = new HashSet<>();
        for (RoadmapItem item : doc.roadmap().items()) {
            if (item.carriedWithLineage() ? lines.contains(item.line()) : titles.contains(item.title())) {
                ids.add(item.id());
            }
        }
        return ids;
    }
}
