package org.careroadmap.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;

/**
 * One fiscal year's version of the prefecture's evaluation sheet: criteria and 住民の実感 questions grouped
 * by category A–H, the wording of categories where it differs, and the share of points from which an area
 * counts as 「概ね構築」. Results of a year are always read against their own year's version.
 */
public record EvaluationSheet(long id, String prefectureCode, FiscalYear fiscalYear, int thresholdPercent,
                              long version, boolean frozen, List<Criterion> criteria,
                              List<SurveyQuestion> questions, Map<CategoryCode, String> categoryLabels) {

    public static final int DEFAULT_THRESHOLD = 80;

    /** The longest wording of a category; the settings form's {@code maxlength} reads it. */
    public static final int MAX_LABEL = 100;

    public EvaluationSheet {
        criteria = List.copyOf(criteria);
        questions = List.copyOf(questions);
        categoryLabels = Map.copyOf(categoryLabels);
    }

    public List<Criterion> criteriaOf(CategoryCode category) {
        return criteria.stream().filter(c -> c.category() == category).toList();
    }

    public List<SurveyQuestion> questionsOf(CategoryCode category) {
        return questions.stream().filter(q -> q.category() == category).toList();
    }

    /** Categories without any criterion: such a version cannot be used for a round. */
    public List<CategoryCode> missingCategories() {
        List<CategoryCode> missing = new ArrayList<>();
        for (CategoryCode c : CategoryCode.values()) {
            if (criteriaOf(c).isEmpty()) {
                missing.add(c);
            }
        }
        return missing;
    }

    public Optional<Criterion> criterion(long criterionId) {
        return criteria.stream().filter(c -> c.id() != null && c.id() == criterionId).findFirst();
    }

    public Optional<SurveyQuestion> question(String number) {
        String n = number == null ? "" : java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC)
                .strip().toUpperCase(java.util.Locale.ROOT);
        return questions.stream().filter(q -> q.number().equals(n) || q.number().equals("Q" + n)).findFirst();
    }

    /** This year's wording of the category, the roadmap's name where the sheet has none of its own. */
    public String label(CategoryCode category) {
        return categoryLabels.getOrDefault(category, category.nameJa());
    }

    public Map<CategoryCode, List<Criterion>> criteriaByCategory() {
        Map<CategoryCode, List<Criterion>> map = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            map.put(c, criteriaOf(c));
        }
        return map;
    }
}
