package org.careroadmap.roadmap;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.RoadmapTemplate;

/** Reads a whole imported item list against a template, reporting every problem at once. */
final class ImportedItems {

    private ImportedItems() {
    }

    /**
     * The replacements the items state, or {@link InvalidInputException} with every problem, its field
     * named by position ({@code items[i].title}, {@code items[i].arrows[j].startYear}, …).
     */
    static List<ItemReplacement> read(List<ImportedItem> items, RoadmapTemplate template) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ItemReplacement> replacements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ImportedItem imported = items.get(i);
            String prefix = "items[" + i + "].";
            ItemContent content = null;
            try {
                content = imported.item().toContent(template);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(prefixed(prefix, p)));
            }
            List<ArrowContent> arrows = arrows(imported, template, prefix, problems);
            if (content != null) {
                replacements.add(new ItemReplacement(imported.existingItemId(), content, arrows));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return replacements;
    }

    private static List<ArrowContent> arrows(ImportedItem imported, RoadmapTemplate template, String prefix,
                                             List<FieldProblem> problems) {
        List<ArrowContent> arrows = new ArrayList<>();
        for (int j = 0; j < imported.arrows().size(); j++) {
            try {
                arrows.add(imported.arrows().get(j).toContent(template));
            } catch (InvalidInputException e) {
                String arrowPrefix = prefix + "arrows[" + j + "].";
                e.problems().forEach(p -> problems.add(prefixed(arrowPrefix, p)));
            }
        }
        return arrows;
    }

    private static FieldProblem prefixed(String prefix, FieldProblem problem) {
        return new FieldProblem(prefix + problem.field(), problem.messageKey(), problem.arguments());
    }
}
