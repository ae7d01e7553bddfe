package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ArrowContent;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.roadmap.ItemContent;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * Turns what a sheet says into the items the roadmap service will apply, reading every value with the same
 * rules as the editor ({@link ItemInput}, {@link ArrowInput}) and reporting each refusal at its cell; and
 * compares the result with the roadmap as it is. Items are matched by category and title, then a renamed
 * item by its unchanged vision or measures, so their identities survive the import.
 */
final class ImportPlanner {

    record Plan(List<ImportedItem> items, List<ItemChange> changes, boolean orderChanged, List<FieldProblem> problems) {
    }

    private record Read(SheetReading.Item source, ItemInput input, @Nullable ItemContent content, List<ArrowInput> arrows,
                        List<ArrowContent> arrowContents, boolean valid) {
    }

    private ImportPlanner() {
    }

    static Plan plan(SheetReading reading, @Nullable RoadmapTemplate template, List<RoadmapItem> existing) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        for (SheetReading.Item item : reading.items()) {
            read.add(read(item, template, problems));
        }
        int[] match = match(read, existing);
        boolean[] kept = new boolean[existing.size()];
        List<ImportedItem> items = new ArrayList<>();
        List<ItemChange> changes = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            RoadmapItem before = match[i] < 0 ? null : existing.get(match[i]);
            if (before != null) {
                kept[match[i]] = true;
            }
            items.add(new ImportedItem(before == null ? null : before.id(), r.input, r.arrows));
            changes.add(change(r, before));
        }
        for (int e = 0; e < existing.size(); e++) {
            if (!kept[e]) {
                RoadmapItem gone = existing.get(e);
                changes.add(new ItemChange(ItemChange.Kind.REMOVED, gone.category(), gone.title(), null, List.of(),
                        gone.arrows().size(), null));
            }
        }
        return new Plan(items, changes, orderChanged(read, match, existing), problems);
    }

    private static Read read(SheetReading.Item item, @Nullable RoadmapTemplate template, List<FieldProblem> problems) {
        ItemInput input = new ItemInput(item.category(), item.title(), item.targetVision(), item.achievementYear(),
                item.measures());
        ItemContent content = template == null ? null : content(item, input, template, problems);
        boolean valid = content != null;
        List<ArrowInput> arrows = new ArrayList<>();
        List<ArrowContent> arrowContents = new ArrayList<>();
        for (SheetReading.Arrow arrow : item.arrows()) {
            ArrowInput in = new ArrowInput(arrow.label(), String.valueOf(arrow.startYear()), String.valueOf(arrow.endYear()),
                    arrow.continues());
            arrows.add(in);
            if (template == null) {
                continue;
            }
            try {
                arrowContents.add(in.toContent(template));
            } catch (InvalidInputException e) {
                valid = false;
                for (FieldProblem p : e.problems()) {
                    problems.add(new FieldProblem(arrow.cell(), p.messageKey(), p.arguments()));
                }
            }
        }
        return new Read(item, input, content, arrows, arrowContents, valid);
    }

    /** The item's content, or null with its problems at their cells (a missing category is reported once already). */
    private static @Nullable ItemContent content(SheetReading.Item item, ItemInput input, RoadmapTemplate template,
                                       List<FieldProblem> problems) {
        Map<String, String> cells = item.cells();
        String titleCell = Objects.requireNonNull(cells.get("title"), "the reader records every item's title cell");
        try {
            return input.toContent(template);
        } catch (InvalidInputException e) {
            for (FieldProblem p : e.problems()) {
                if (!("category".equals(p.field()) && item.categoryReported())) {
                    String cell = cells.get(p.field());
                    problems.add(new FieldProblem(cell != null ? cell : titleCell, p.messageKey(), p.arguments()));
                }
            }
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(titleCell, e));
        }
        return null;
    }

    /** For each read item, the index of the existing item it stands for, or -1. */
    private static int[] match(List<Read> read, List<RoadmapItem> existing) {
        int[] match = new int[read.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] taken = new boolean[existing.size()];
        // 1. same category and title; 2. same title (moved to another category); 3. same category, renamed.
        for (int pass = 1; pass <= 3; pass++) {
            for (int i = 0; i < read.size(); i++) {
                if (match[i] >= 0) {
                    continue;
                }
                Read r = read.get(i);
                for (int e = 0; e < existing.size(); e++) {
                    if (!taken[e] && matches(pass, r, existing.get(e))) {
                        match[i] = e;
                        taken[e] = true;
                        break;
                    }
                }
            }
        }
        return match;
    }

    private static boolean matches(int pass, Read r, RoadmapItem e) {
        String title = SheetText.normalise(r.source.title());
        boolean sameCategory = e.category().name().equals(r.source.category());
        return switch (pass) {
            case 1 -> sameCategory && title.equals(SheetText.normalise(e.title()));
            case 2 -> !title.isEmpty() && title.equals(SheetText.normalise(e.title()));
            default -> sameCategory && r.content != null
                    && ((!e.targetVision().isBlank() && e.targetVision().equals(r.content.targetVision()))
                    || (!e.measures().isBlank() && e.measures().equals(r.content.measures())));
        };
    }

    private static ItemChange change(Read r, @Nullable RoadmapItem before) {
        CategoryCode category = r.content != null ? r.content.category() : categoryOrNull(r.source.category());
        String cell = r.source.cells().get("title");
        ItemContent content = r.content;
        if (!r.valid || content == null) { // a valid read always has its content
            return new ItemChange(ItemChange.Kind.UNREADABLE, category, r.source.title(),
                    before == null ? null : before.title(), List.of(), r.arrows.size(), cell);
        }
        if (before == null) {
            return new ItemChange(ItemChange.Kind.ADDED, category, content.title(), null, List.of(), r.arrows.size(), cell);
        }
        ItemContent old = before.content();
        List<String> fields = new ArrayList<>();
        if (old.category() != content.category()) {
            fields.add("category");
        }
        if (!old.title().equals(content.title())) {
            fields.add("title");
        }
        if (!old.targetVision().equals(content.targetVision())) {
            fields.add("targetVision");
        }
        if (!Objects.equals(old.achievementYear(), content.achievementYear())) {
            fields.add("achievementYear");
        }
        if (!old.measures().equals(content.measures())) {
            fields.add("measures");
        }
        if (!before.arrows().stream().map(a -> a.content()).toList().equals(r.arrowContents)) {
            fields.add("arrows");
        }
        return new ItemChange(fields.isEmpty() ? ItemChange.Kind.UNCHANGED : ItemChange.Kind.CHANGED, category,
                content.title(), fields.contains("title") ? old.title() : null, fields, r.arrows.size(), cell);
    }

    /** Whether the kept items would stand in another order (within their categories) than they do now. */
    private static boolean orderChanged(List<Read> read, int[] match, List<RoadmapItem> existing) {
        List<Integer> after = new ArrayList<>();
        for (CategoryCode category : CategoryCode.values()) {
            for (int i = 0; i < read.size(); i++) {
                Read r = read.get(i);
                CategoryCode c = r.content != null ? r.content.category() : categoryOrNull(r.source.category());
                if (match[i] >= 0 && c == category) {
                    after.add(match[i]);
                }
            }
        }
        List<Integer> before = new ArrayList<>(after);
        before.sort(Integer::compare);
        return !before.equals(after);
    }

    private static @Nullable CategoryCode categoryOrNull(String text) {
        try {
            return CategoryCode.parse(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
