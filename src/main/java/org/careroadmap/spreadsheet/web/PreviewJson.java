package org.careroadmap.spreadsheet.web;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.spreadsheet.ImportPreview;
import org.careroadmap.spreadsheet.ItemChange;

/**
 * An import preview as JSON: the target, what would change, every unreadable cell ({@code problems}, as
 * {@code シート名!セル} with a message) and notes, the items as read, and — when it can be applied — the
 * {@code token} to confirm it with ({@code POST /api/imports/{token}}).
 */
record PreviewJson(@Nullable String token, @Nullable Instant expiresAt, boolean applicable, Target target, String sheet, Summary summary,
                   List<Change> changes, List<Cell> problems, List<Cell> notes, List<Item> items) {

    record Target(@Nullable Long roadmapId, boolean newRoadmap, String municipalityCode, String municipalityName,
                  @Nullable String templateId, long baseVersion) {
    }

    record Summary(long added, long changed, long removed, long unchanged, long unreadable, boolean orderChanged) {
    }

    record Change(String kind, @Nullable String category, String title, @Nullable String previousTitle,
                  List<String> fields, int arrows, @Nullable String cell) {
    }

    record Cell(String cell, String code, String message) {
    }

    record Item(@Nullable String existingItemId, String category, String title, String targetVision, String achievementYear,
                String measures, List<Arrow> arrows) {
    }

    record Arrow(String label, String startYear, String endYear, boolean continues) {
    }

    static PreviewJson of(ImportPreview p, Function<FieldProblem, String> message) {
        return new PreviewJson(p.token(), p.expiresAt(), p.applicable(),
                new Target(p.roadmapId(), p.newRoadmap(), p.municipality().code().value(), p.municipality().name(),
                        p.template() == null ? null : p.template().id(), p.baseVersion()),
                p.sheetName(),
                new Summary(p.count(ItemChange.Kind.ADDED), p.count(ItemChange.Kind.CHANGED),
                        p.count(ItemChange.Kind.REMOVED), p.count(ItemChange.Kind.UNCHANGED),
                        p.count(ItemChange.Kind.UNREADABLE), p.orderChanged()),
                p.changes().stream().map(c -> new Change(c.kind().name(), c.category() == null ? null : c.category().name(),
                        c.title(), c.previousTitle(), c.fields(), c.arrows(), c.cell())).toList(),
                p.problems().stream().map(f -> new Cell(f.field(), f.messageKey(), message.apply(f))).toList(),
                p.notes().stream().map(f -> new Cell(f.field(), f.messageKey(), message.apply(f))).toList(),
                p.items().stream().map(PreviewJson::item).toList());
    }

    private static Item item(ImportedItem i) {
        return new Item(i.existingItemId(), i.item().category(), i.item().title(), i.item().targetVision(),
                i.item().achievementYear(), i.item().measures(),
                i.arrows().stream().map(a -> new Arrow(a.label(), a.startYear(), a.endYear(), a.continues())).toList());
    }
}
