package org.careroadmap.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a roadmap: items added and removed, items changed field by
 * field, and arrows added, removed, moved (other years) or relabelled.
 */
public record RoadmapDiff(List<ItemChange> items) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record FieldChange(String field, String before, String after) {
    }

    public record ArrowChange(Kind kind, String label, String before, String after, List<FieldChange> fields) {
    }

    public record ItemChange(Kind kind, String itemId, String category, String title, List<FieldChange> fields,
                             List<ArrowChange> arrows) {
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    static RoadmapDiff between(Roadmap from, Roadmap to) {
        List<ItemChange> changes = new ArrayList<>();
        for (RoadmapItem old : from.items()) {
            RoadmapItem now = to.item(old.id()).orElse(null);
            if (now == null) {
                changes.add(new ItemChange(Kind.REMOVED, old.id(), old.category().heading(), old.title(), List.of(),
                        old.arrows().stream().map(a -> new ArrowChange(Kind.REMOVED, a.label(), span(a), "", List.of()))
                                .toList()));
                continue;
            }
            List<FieldChange> fields = fields(Snapshots.item(old), Snapshots.item(now));
            int oldPos = from.itemsIn(old.category()).indexOf(old);
            int newPos = to.itemsIn(now.category()).indexOf(now);
            if (old.category() == now.category() && oldPos != newPos) {
                fields.add(new FieldChange("position", Integer.toString(oldPos + 1), Integer.toString(newPos + 1)));
            }
            List<ArrowChange> arrows = arrows(old, now);
            if (!fields.isEmpty() || !arrows.isEmpty()) {
                changes.add(new ItemChange(Kind.CHANGED, now.id(), now.category().heading(), now.title(), fields, arrows));
            }
        }
        for (RoadmapItem now : to.items()) {
            if (from.item(now.id()).isEmpty()) {
                changes.add(new ItemChange(Kind.ADDED, now.id(), now.category().heading(), now.title(),
                        fields(Map.of(), Snapshots.item(now)),
                        now.arrows().stream().map(a -> new ArrowChange(Kind.ADDED, a.label(), "", span(a), List.of()))
                                .toList()));
            }
        }
        return new RoadmapDiff(changes);
    }

    private static List<ArrowChange> arrows(RoadmapItem old, RoadmapItem now) {
        List<ArrowChange> changes = new ArrayList<>();
        for (Arrow a : old.arrows()) {
            Arrow b = now.arrow(a.id()).orElse(null);
            if (b == null) {
                changes.add(new ArrowChange(Kind.REMOVED, a.label(), span(a), "", List.of()));
            } else {
                List<FieldChange> fields = fields(Snapshots.arrow(a), Snapshots.arrow(b));
                if (!fields.isEmpty()) {
                    changes.add(new ArrowChange(Kind.CHANGED, b.label(), span(a), span(b), fields));
                }
            }
        }
        for (Arrow b : now.arrows()) {
            if (old.arrow(b.id()).isEmpty()) {
                changes.add(new ArrowChange(Kind.ADDED, b.label(), "", span(b), List.of()));
            }
        }
        return changes;
    }

    private static List<FieldChange> fields(Map<String, String> before, Map<String, String> after) {
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : all.keySet()) {
            String b = before.getOrDefault(field, "");
            String a = after.getOrDefault(field, "");
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }

    private static String span(Arrow a) {
        return a.start().label() + "～" + a.end().label() + (a.continues() ? "（継続）" : "");
    }
}
